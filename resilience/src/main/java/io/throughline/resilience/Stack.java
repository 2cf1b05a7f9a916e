package io.throughline.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.localstack.process.ProcessSpec;
import io.throughline.localstack.process.RestartPolicy;
import io.throughline.localstack.process.SupervisedProcess;
import io.throughline.localstack.process.SupervisionListener;
import io.throughline.platform.embedded.EmbeddedKafkaBroker;
import io.throughline.platform.embedded.EmbeddedMongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The stack under test, on ports of its own: the embedded Kafka broker and MongoDB server in this JVM
 * (both on files, so each survives its own restart), the local issuer, and two JVMs of each service
 * sharing the consumer groups and the event store, supervised (restarted after every crash) through
 * local-stack's process package as {@code ./run-local.sh} does.
 */
final class Stack implements AutoCloseable {

    static final List<String> SERVICES = List.of("session-service", "prep-form-service", "analytics-service");
    static final int INSTANCES = 2;
    static final String HEAP = "384m";
    /** Kill as often as the suite likes: never leave a service down for crashing. */
    private static final RestartPolicy POLICY =
            new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(4), 1000, Duration.ofMinutes(5));

    private final Path repository;
    private final Path data;
    private final int kafkaPort = freePort();
    private final int mongoPort = freePort();
    private final Path mongoFile;
    private EmbeddedKafkaBroker kafka;
    private volatile EmbeddedMongoServer mongo;
    private SupervisedProcess issuer;
    private String issuerUrl;
    private final Map<String, List<SupervisedProcess>> services = new LinkedHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Stops the services when the suite itself is stopped (Ctrl-C, SIGTERM): no JVM left behind. */
    private final Thread onTermination = new Thread(this::stopEverything, "resilience-stop");

    Stack(Path repository, Path data) {
        this.repository = repository;
        this.data = data;
        this.mongoFile = data.resolve("mongo").resolve("throughline.mv");
    }

    void start(SupervisionListener listener) {
        Runtime.getRuntime().addShutdownHook(onTermination);
        Path logs = data.resolve("logs");
        mongo = EmbeddedMongoServer.persistent(mongoPort, mongoFile);
        kafka = EmbeddedKafkaBroker.persistent(kafkaPort, data.resolve("kafka")).start();
        int issuerPort = freePort();
        issuerUrl = "http://localhost:" + issuerPort;
        issuer = SupervisedProcess.start(ProcessSpec.javaJar(
                "local-issuer",
                jar("local-issuer"),
                issuerPort,
                "256m",
                Map.of(
                        "THROUGHLINE_ISSUER_URL",
                        issuerUrl,
                        "THROUGHLINE_ISSUER_KEY_FILE",
                        data.resolve("issuer").resolve("signing-key.json").toString(),
                        "THROUGHLINE_ISSUER_DEMO",
                        "false"),
                logs));
        issuer.awaitAnswer("/.well-known/openid-configuration", "\"issuer\"", Duration.ofMinutes(3));
        for (String service : SERVICES) {
            List<SupervisedProcess> instances = new ArrayList<>();
            for (int i = 1; i <= INSTANCES; i++) {
                instances.add(SupervisedProcess.start(ProcessSpec.javaJar(
                        i == 1 ? service : service + "-" + i,
                        jar(service),
                        freePort(),
                        HEAP,
                        Map.of(
                                "KAFKA_BOOTSTRAP_SERVERS",
                                kafka.bootstrapServers(),
                                "MONGODB_URI",
                                "mongodb://127.0.0.1:" + mongoPort,
                                "THROUGHLINE_ISSUER_URI",
                                issuerUrl),
                        logs)));
            }
            services.put(service, instances);
        }
        for (List<SupervisedProcess> instances : services.values()) {
            for (SupervisedProcess instance : instances) {
                instance.awaitHealthy(Duration.ofMinutes(4));
                instance.supervise(POLICY, listener);
            }
        }
        issuer.supervise(POLICY, listener);
    }

    String issuerUrl() {
        return issuerUrl;
    }

    URI tokenEndpoint() {
        return URI.create(issuerUrl + "/oauth2/token");
    }

    String kafkaAddress() {
        return kafka.bootstrapServers();
    }

    String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    List<SupervisedProcess> instances(String service) {
        return services.get(service);
    }

    List<String> baseUrls(String service) {
        return services.get(service).stream()
                .map(instance -> "http://127.0.0.1:" + instance.spec().port())
                .toList();
    }

    /** Stops the broker as an operator would and starts it again on the same log directory. */
    void restartKafka(Duration down) {
        kafka.stop();
        sleep(down);
        kafka.start();
    }

    /** Shuts the MongoDB server down and starts a new one on the same port and file. */
    void restartMongo(Duration down) {
        long before = commits();
        mongo.close();
        sleep(down);
        mongo = EmbeddedMongoServer.persistent(mongoPort, mongoFile);
        ResilienceRun.log("MongoDB restarted: session-service's event store held " + before + " commits before, "
                + commits() + " after");
    }

    /** How many commits session-service's event store holds now. */
    long commits() {
        try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(mongoUri())) {
            return client.getDatabase("session-service")
                    .getCollection("eventcommits")
                    .countDocuments();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onTermination);
        } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNeverStarted) {
            // the hook runs, or was never added: stopEverything stops only once either way
        }
        stopEverything();
    }

    private void stopEverything() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        services.values().stream().flatMap(List::stream).parallel().forEach(SupervisedProcess::stop);
        if (issuer != null) {
            issuer.stop();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }

    private Path jar(String module) {
        Path target = repository.resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-[0-9].*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar of " + module + " in " + target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
}
