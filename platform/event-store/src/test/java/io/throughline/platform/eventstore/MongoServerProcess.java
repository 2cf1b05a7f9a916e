package io.throughline.platform.eventstore;

import io.throughline.platform.embedded.EmbeddedMongoServer;
import java.io.IOException;

/**
 * The benchmark's MongoDB: the embedded in-memory server in a JVM of its own, as a database server
 * would be, so that its work and its garbage are not the client's. Prints its connection string,
 * then serves until its standard input closes.
 */
public final class MongoServerProcess {

    private MongoServerProcess() {
    }

    public static void main(String[] args) throws IOException {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory(0)) {
            System.out.println("READY " + server.connectionString());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the benchmark closes our input
            }
        }
        System.exit(0);
    }
}
