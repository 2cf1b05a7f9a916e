package io.throughline.localstack;

import io.throughline.localstack.demo.DemoData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * {@code ./run-local.sh}: starts the embedded infrastructure in this JVM and the three services in
 * JVMs of their own, waits for their health, prints where everything is, and on Ctrl-C (or when a
 * service dies) stops it all. Whatever goes wrong is one line and a non-zero exit.
 */
public final class LocalStack {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private final LocalStackOptions options;
    private final Path repository;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private LocalInfrastructure infrastructure;

    private LocalStack(LocalStackOptions options, Path repository) {
        this.options = options;
        this.repository = repository;
    }

    public static void main(String[] args) {
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println("run-local: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LocalStackOptions.USAGE);
            return;
        }
        LocalStack stack = new LocalStack(options, Path.of("").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (StartupFailure e) {
            System.err.println("run-local: " + e.getMessage());
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            System.err.println("run-local: unexpected failure: " + e);
            System.exit(1);
            return;
        }
        stack.awaitStop();
    }

    private void start() {
        prepareDataDirectory();
        if (options.kafka() == null) {
            Ports.requireFree(LocalInfrastructure.KAFKA_PORT, "Kafka");
        }
        if (options.mongo() == null) {
            Ports.requireFree(LocalInfrastructure.MONGO_PORT, "MongoDB");
        }
        for (Service service : Service.values()) {
            Ports.requireFree(service.port, service.module);
            service.jar(repository);
        }
        step("starting " + (options.kafka() == null || options.mongo() == null ? "the embedded infrastructure" : "against the given infrastructure")
                + " (data in " + options.dataDirectory() + ")");
        infrastructure = LocalInfrastructure.start(options.dataDirectory(), options.kafka(), options.mongo());
        step(infrastructure.describe());
        Path logs = options.dataDirectory().resolve("logs");
        for (Service service : Service.values()) {
            step("starting " + service.module + " on port " + service.port + " (log: " + logs.resolve(service.module + ".log") + ")");
            services.add(ServiceProcess.start(service, service.jar(repository), infrastructure.kafkaAddress(),
                    infrastructure.mongoUri(), logs));
        }
        for (ServiceProcess service : services) {
            service.awaitHealthy(STARTUP_TIMEOUT);
            step(service.service.module + " is up");
        }
        services.forEach(this::stopAllWhenItDies);
        if (options.demo()) {
            step("loading the demo organisation 'demo' through the REST APIs");
            try {
                DemoData.Summary summary = new DemoData(Service.SESSION.url(), Service.PREP_FORM.url(),
                        Service.ANALYTICS.url(), LocalStack::step).load();
                step("demo loaded: " + summary);
            } catch (IllegalStateException e) {
                throw new StartupFailure("loading the demo failed: " + e.getMessage());
            }
        }
        System.out.printf("""

                Throughline is running.
                  Dashboard          %s/
                  session-service    %s/api/v1/orgs/{orgId}/sessions   (OpenAPI: %s/v3/api-docs)
                  prep-form-service  %s/api/v1/orgs/{orgId}/prep-forms (OpenAPI: %s/v3/api-docs)
                  analytics-service  %s/api/v1/orgs/{orgId}/overview   (OpenAPI: %s/v3/api-docs)
                  Kafka              %s   (topics coaching.sessions.v1, coaching.prep-forms.v1)
                  MongoDB            %s
                  Logs               %s
                Press Ctrl-C to stop.
                %n""",
                Service.ANALYTICS.url(), Service.SESSION.url(), Service.SESSION.url(), Service.PREP_FORM.url(),
                Service.PREP_FORM.url(), Service.ANALYTICS.url(), Service.ANALYTICS.url(), infrastructure.kafkaAddress(),
                infrastructure.mongoUri(), logs);
    }

    private void stopAllWhenItDies(ServiceProcess service) {
        service.onExit().thenRun(() -> {
            pause(Duration.ofSeconds(1));
            if (!stopping.get()) {
                System.err.println("run-local: " + service.service.module + " stopped unexpectedly (exit code "
                        + service.exitValue() + "); see " + service.log() + ". Stopping the platform.");
                Runtime.getRuntime().halt(stopAndReport(1));
            }
        });
    }

    private int stopAndReport(int code) {
        stop();
        return code;
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        if (!services.isEmpty()) {
            step("stopping the services");
        }
        services.parallelStream().forEach(ServiceProcess::stop);
        if (infrastructure != null) {
            step("stopping the embedded infrastructure");
            infrastructure.close();
        }
        stopped.countDown();
    }

    private void prepareDataDirectory() {
        Path data = options.dataDirectory();
        try {
            if (options.fresh()) {
                for (String part : List.of("kafka", "mongo", "logs")) {
                    deleteRecursively(data.resolve(part));
                }
            }
            Files.createDirectories(data.resolve("logs"));
            System.setProperty("LOCAL_STACK_LOG_DIR", data.resolve("logs").toString());
        } catch (IOException | UncheckedIOException e) {
            throw new StartupFailure("cannot prepare the data directory " + data + ": " + e.getMessage());
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Ctrl-C reaches the services too; give our own shutdown a moment to say it is the cause. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void step(String message) {
        System.out.println("==> " + message);
    }
}
