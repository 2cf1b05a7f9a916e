package io.throughline.platform.testing;

import io.throughline.platform.embedded.EmbeddedKafkaBroker;
import io.throughline.platform.embedded.EmbeddedMongoServer;
import java.util.Optional;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The Kafka broker and MongoDB server of one test JVM, started once on first use: containers
 * ({@code apache/kafka}, {@code mongo} as a single-node replica set) when a Docker engine answers,
 * the embedded pair otherwise. Which one was chosen is printed once.
 */
public final class TestInfrastructure {

    public enum Kind {
        CONTAINERS,
        EMBEDDED
    }

    static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
    static final String MONGO_IMAGE = "mongo:8.0";

    private static TestInfrastructure instance;

    private final Kind kind;
    private final String kafkaBootstrapServers;
    private final String mongoConnectionString;
    private final KafkaContainer kafkaContainer;
    private final MongoDBContainer mongoContainer;

    private TestInfrastructure(
            Kind kind,
            String kafkaBootstrapServers,
            String mongoConnectionString,
            KafkaContainer kafkaContainer,
            MongoDBContainer mongoContainer) {
        this.kind = kind;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoConnectionString = mongoConnectionString;
        this.kafkaContainer = kafkaContainer;
        this.mongoContainer = mongoContainer;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            DockerEngine.Answer docker = DockerEngine.probe();
            instance = docker.available() ? startContainers() : startEmbedded();
            System.out.println("[test-infrastructure] " + instance.describe(docker.reason()));
        }
        return instance;
    }

    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        kafka.start();
        mongo.start();
        return new TestInfrastructure(
                Kind.CONTAINERS, kafka.getBootstrapServers(), mongo.getReplicaSetUrl(), kafka, mongo);
    }

    private static TestInfrastructure startEmbedded() {
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.temporary().start();
        EmbeddedMongoServer mongo = EmbeddedMongoServer.inMemory(0);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            kafka.close();
                            mongo.close();
                        },
                        "test-infrastructure-shutdown"));
        return new TestInfrastructure(Kind.EMBEDDED, kafka.bootstrapServers(), mongo.connectionString(), null, null);
    }

    public Kind kind() {
        return kind;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** A connection string without a database name; each test picks its own database. */
    public String mongoConnectionString() {
        return mongoConnectionString;
    }

    Optional<KafkaContainer> kafkaContainer() {
        return Optional.ofNullable(kafkaContainer);
    }

    Optional<MongoDBContainer> mongoContainer() {
        return Optional.ofNullable(mongoContainer);
    }

    private String describe(String why) {
        return switch (kind) {
            case CONTAINERS ->
                "Kafka and MongoDB from Testcontainers (" + why + "): " + KAFKA_IMAGE + " at " + kafkaBootstrapServers
                        + ", " + MONGO_IMAGE + " (single-node replica set) at " + mongoConnectionString;
            case EMBEDDED ->
                "Kafka and MongoDB embedded (" + why + "; Testcontainers not used): KRaft broker at "
                        + kafkaBootstrapServers + ", mongo-java-server (in memory) at " + mongoConnectionString;
        };
    }
}
