package io.throughline.localstack;

import io.throughline.platform.embedded.EmbeddedKafkaBroker;
import io.throughline.platform.embedded.EmbeddedMongoServer;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the embedded Kafka broker and MongoDB server of the local stack, both keeping their data
 * under one directory, and runs until the process is stopped.
 * Arguments: {@code [data-dir] [kafka-port] [mongo-port]}, defaults {@code .local-data 9092 27017}.
 */
public final class LocalInfrastructure {

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDirectory = Path.of(args.length > 0 ? args[0] : ".local-data").toAbsolutePath();
        int kafkaPort = args.length > 1 ? Integer.parseInt(args[1]) : 9092;
        int mongoPort = args.length > 2 ? Integer.parseInt(args[2]) : 27017;

        EmbeddedMongoServer mongo = EmbeddedMongoServer.persistent(mongoPort, dataDirectory.resolve("mongo").resolve("throughline.mv"));
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.persistent(kafkaPort, dataDirectory.resolve("kafka")).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            mongo.close();
            stopped.countDown();
        }, "local-infrastructure-shutdown"));
        System.out.println("READY kafka=" + kafka.bootstrapServers() + " mongodb=" + mongo.connectionString()
                + " data=" + dataDirectory);
        stopped.await();
    }
}
