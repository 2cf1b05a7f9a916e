package io.throughline.platform.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one node), run in this JVM
 * from Apache Kafka's own server classes. Its log directory is formatted on first start and reused
 * afterwards, so a broker restarted on the same directory keeps its topics, records and offsets.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;

    private final int port;
    private final int controllerPort;
    private final Path logDirectory;
    private final boolean temporary;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(int port, Path logDirectory, boolean temporary) {
        this.port = port == 0 ? FreePorts.pick() : port;
        this.controllerPort = FreePorts.pick();
        this.logDirectory = logDirectory;
        this.temporary = temporary;
    }

    /** A broker on the given port (0 for a free one) keeping its data in {@code logDirectory}. */
    public static EmbeddedKafkaBroker persistent(int port, Path logDirectory) {
        return new EmbeddedKafkaBroker(port, Objects.requireNonNull(logDirectory), false);
    }

    /** A broker on a free port with a temporary log directory, deleted on {@link #close()}. */
    public static EmbeddedKafkaBroker temporary() {
        try {
            return new EmbeddedKafkaBroker(0, Files.createTempDirectory("embedded-kafka-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        KafkaConfig config = new KafkaConfig(settings(), false);
        format(config);
        KafkaRaftServer started = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            started.startup();
        } catch (RuntimeException e) {
            started.shutdown();
            started.awaitShutdown();
            throw new IllegalStateException("Kafka broker could not start on port " + port + ": " + e.getMessage(), e);
        }
        server = started;
        return this;
    }

    /** Stops the broker and keeps its log directory, so {@link #start()} brings the same data back. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    @Override
    public void close() {
        stop();
        if (temporary) {
            Directories.deleteRecursively(logDirectory);
        }
    }

    private Map<String, Object> settings() {
        return Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort),
                Map.entry(
                        "listeners",
                        "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDirectory.toAbsolutePath().toString()),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("num.partitions", "3"),
                Map.entry("auto.create.topics.enable", "false"));
    }

    private void format(KafkaConfig config) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(NODE_ID)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setDirectories(List.of(logDirectory.toAbsolutePath().toString()))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not format the Kafka log directory " + logDirectory + ": " + e.getMessage(), e);
        }
    }
}
