package io.throughline.platform.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-protocol server ({@code mongo-java-server}) in this JVM: in memory for tests, or
 * backed by an H2 MVStore file so that data survives a restart. It has no transactions and ignores
 * non-unique indexes; unique indexes are enforced.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final MongoBackend backend;
    private final MongoServer server;
    private final int port;

    private EmbeddedMongoServer(MongoBackend backend, int port) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        try {
            server.bind(HOST, port);
        } catch (RuntimeException e) {
            backend.close();
            throw new IllegalStateException(
                    "MongoDB server could not listen on " + HOST + ":" + port + ": " + e.getMessage(), e);
        }
        this.port = server.getLocalAddress().getPort();
    }

    /** An in-memory server on the given port (0 for a free one); its data ends with it. */
    public static EmbeddedMongoServer inMemory(int port) {
        return new EmbeddedMongoServer(new MemoryBackend(), port);
    }

    /** A server on the given port keeping its data in the H2 file {@code file}. */
    public static EmbeddedMongoServer persistent(int port, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmbeddedMongoServer(new H2Backend(file.toAbsolutePath().toString()), port);
    }

    public String connectionString() {
        return "mongodb://" + HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
