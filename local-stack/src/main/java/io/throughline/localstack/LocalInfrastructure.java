package io.throughline.localstack;

import io.throughline.platform.embedded.EmbeddedKafkaBroker;
import io.throughline.platform.embedded.EmbeddedMongoServer;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded Kafka broker and MongoDB server of the local stack, in this JVM, keeping their data
 * under the data directory so that the platform comes back with everything after a restart. Either
 * is left out when real infrastructure was given.
 */
final class LocalInfrastructure implements AutoCloseable {

    static final int KAFKA_PORT = 9092;
    static final int MONGO_PORT = 27017;

    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedMongoServer mongo;
    private final String kafkaAddress;
    private final String mongoUri;

    private LocalInfrastructure(
            EmbeddedKafkaBroker kafka, EmbeddedMongoServer mongo, String kafkaAddress, String mongoUri) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.kafkaAddress = kafkaAddress;
        this.mongoUri = mongoUri;
    }

    static LocalInfrastructure start(Path dataDirectory, String givenKafka, String givenMongo) {
        EmbeddedMongoServer mongo = null;
        if (givenMongo == null) {
            mongo = EmbeddedMongoServer.persistent(
                    MONGO_PORT, dataDirectory.resolve("mongo").resolve("throughline.mv"));
        }
        EmbeddedKafkaBroker kafka = null;
        if (givenKafka == null) {
            try {
                kafka = EmbeddedKafkaBroker.persistent(KAFKA_PORT, dataDirectory.resolve("kafka"))
                        .start();
            } catch (RuntimeException e) {
                if (mongo != null) {
                    mongo.close();
                }
                throw new StartupFailure("the embedded Kafka broker did not start: " + e.getMessage());
            }
        }
        return new LocalInfrastructure(
                kafka,
                mongo,
                kafka != null ? "localhost:" + KAFKA_PORT : givenKafka,
                mongo != null ? "mongodb://localhost:" + MONGO_PORT : givenMongo);
    }

    /** Checks of the embedded parts, which live and die with this JVM; what was given is watched by the services' health. */
    InfrastructureWatch watch(Duration interval, int failuresInARow) {
        InfrastructureWatch watch = new InfrastructureWatch(interval, failuresInARow);
        if (kafka != null) {
            watch.check(
                    "the embedded Kafka broker on localhost:" + KAFKA_PORT,
                    () -> kafka.isRunning() && InfrastructureWatch.accepts(KAFKA_PORT));
        }
        if (mongo != null) {
            watch.check(
                    "the embedded MongoDB server on localhost:" + MONGO_PORT,
                    () -> InfrastructureWatch.accepts(MONGO_PORT));
        }
        return watch;
    }

    String kafkaAddress() {
        return kafkaAddress;
    }

    String mongoUri() {
        return mongoUri;
    }

    String describe() {
        return "Kafka " + kafkaAddress + (kafka != null ? " (embedded)" : "") + ", MongoDB " + mongoUri
                + (mongo != null ? " (embedded)" : "");
    }

    @Override
    public void close() {
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }
}
