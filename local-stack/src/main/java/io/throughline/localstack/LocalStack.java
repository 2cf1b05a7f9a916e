package io.throughline.localstack;

import io.throughline.localstack.demo.ClientCredentialsTokens;
import io.throughline.localstack.demo.DemoData;
import io.throughline.localstack.process.ProcessFailure;
import io.throughline.localstack.process.ProcessSpec;
import io.throughline.localstack.process.RestartPolicy;
import io.throughline.localstack.process.SupervisedProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * {@code ./run-local.sh}: starts the embedded infrastructure in this JVM, and the local issuer and
 * the three services in JVMs of their own, waits for them to answer, prints where everything is, and
 * then supervises them: a process that exits unasked is started again with back-off
 * ({@link RestartPolicy#STANDARD}), one console line per restart, and left down with one line saying
 * so after 5 crashes within 5 minutes while the rest keep serving. On Ctrl-C, or when the embedded
 * Kafka broker or MongoDB server stops answering, it stops it all: the services, the issuer, the
 * infrastructure. Whatever goes wrong while starting is one line and a non-zero exit.
 */
public final class LocalStack {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private final LocalStackOptions options;
    private final Path repository;
    private final List<SupervisedProcess> services = new ArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private LocalInfrastructure infrastructure;
    private InfrastructureWatch watch;
    private Issuer issuer;

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
        requirePortsFree();
        Path logs = options.dataDirectory().resolve("logs");
        if (options.issuer() == null) {
            step("starting the local issuer on port " + Issuer.PORT + " (log: " + logs.resolve(Issuer.MODULE + ".log")
                    + ")");
            issuer = Issuer.startLocal(Jars.of(repository, Issuer.MODULE), options, logs);
        } else {
            issuer = Issuer.given(options.issuer());
        }
        step("starting "
                + (options.kafka() == null || options.mongo() == null
                        ? "the embedded infrastructure"
                        : "against the given infrastructure")
                + " (data in " + options.dataDirectory() + ")");
        infrastructure = LocalInfrastructure.start(options.dataDirectory(), options.kafka(), options.mongo());
        step(infrastructure.describe());
        issuer.awaitReady(STARTUP_TIMEOUT);
        step((issuer.isLocal() ? "the local issuer is up at " : "using the issuer ") + issuer.url());
        for (Service service : Service.values()) {
            step("starting " + service.module + " on port " + service.port + " (log: "
                    + logs.resolve(service.module + ".log") + ")");
            ProcessSpec spec = ProcessSpec.javaJar(
                            service.module, service.jar(repository), service.port, "512m", environment(service), logs)
                    .withJvmOptionsFile(jvmOptionsFile(options, service.module));
            try {
                services.add(SupervisedProcess.start(spec));
            } catch (ProcessFailure e) {
                throw new StartupFailure(e.getMessage());
            }
        }
        for (SupervisedProcess service : services) {
            try {
                service.awaitHealthy(STARTUP_TIMEOUT);
            } catch (ProcessFailure e) {
                throw new StartupFailure(e.getMessage());
            }
            step(service.name() + " is up");
        }
        issuer.process()
                .ifPresent(process -> process.supervise(
                        RestartPolicy.STANDARD,
                        new ConsoleSupervision(
                                "nobody can sign in or get a new token",
                                issuer.url(),
                                Issuer.DISCOVERY,
                                "\"issuer\"")));
        for (Service service : Service.values()) {
            services.get(service.ordinal())
                    .supervise(RestartPolicy.STANDARD, new ConsoleSupervision(service.unavailable, service.url()));
        }
        watch = infrastructure.watch(Duration.ofSeconds(2), 3);
        watch.start(this::infrastructureFailed);
        if (options.demo()) {
            loadDemo();
        }
        System.out.print(RunningBanner.text(issuer, infrastructure, logs, options.demo()));
    }

    /**
     * What a service is started with: the infrastructure and the issuer, and for session-service's console the
     * other services it reads with the coach's rights and the dashboard it links to.
     */
    private Map<String, String> environment(Service service) {
        Map<String, String> environment = new java.util.LinkedHashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaAddress(),
                "MONGODB_URI", infrastructure.mongoUri(),
                "THROUGHLINE_ISSUER_URI", issuer.url()));
        if (service == Service.SESSION) {
            environment.put("THROUGHLINE_PEERS_PREP_FORMS", "http://127.0.0.1:" + Service.PREP_FORM.port);
            environment.put("THROUGHLINE_PEERS_ANALYTICS", "http://127.0.0.1:" + Service.ANALYTICS.port);
            environment.put("THROUGHLINE_PAGES_LINKS_DASHBOARD", Service.ANALYTICS.url());
        }
        return environment;
    }

    private void requirePortsFree() {
        if (options.kafka() == null) {
            Ports.requireFree(LocalInfrastructure.KAFKA_PORT, "Kafka");
        }
        if (options.mongo() == null) {
            Ports.requireFree(LocalInfrastructure.MONGO_PORT, "MongoDB");
        }
        if (options.issuer() == null) {
            Ports.requireFree(Issuer.PORT, Issuer.MODULE);
            Jars.of(repository, Issuer.MODULE);
        }
        for (Service service : Service.values()) {
            Ports.requireFree(service.port, service.module);
            service.jar(repository);
        }
    }

    private void loadDemo() {
        Issuer.Client platform = issuer.platformClient(System.getenv());
        step("loading the demo organisation 'demo' through the REST APIs (as " + platform.id() + ")");
        try {
            ClientCredentialsTokens tokens =
                    new ClientCredentialsTokens(issuer.tokenEndpoint(), platform.id(), platform.secret());
            DemoData.Summary summary = new DemoData(
                            Service.SESSION.url(),
                            Service.PREP_FORM.url(),
                            Service.ANALYTICS.url(),
                            tokens,
                            LocalStack::step)
                    .load();
            step("demo loaded: " + summary);
        } catch (IllegalStateException e) {
            throw new StartupFailure("loading the demo failed: " + e.getMessage()
                    + (issuer.isLocal()
                            ? ""
                            : " (the demo loader signs in with THROUGHLINE_PLATFORM_CLIENT_ID and THROUGHLINE_PLATFORM_CLIENT_SECRET,"
                                    + " a client with role platform at " + issuer.url() + ")"));
        }
    }

    /** The stack cannot serve without its Kafka broker or MongoDB server, nor restart them apart from itself. */
    private void infrastructureFailed(String what) {
        if (!stopping.get()) {
            System.err.println("run-local: " + what + "; the platform cannot serve without it. Stopping the platform.");
            Runtime.getRuntime().halt(stopAndReport(1));
        }
    }

    /** Extra JVM options for one process, read on every (re)start when the file exists: {@code <data-dir>/jvm-options/<module>.options}. */
    static Path jvmOptionsFile(LocalStackOptions options, String module) {
        return options.dataDirectory().resolve("jvm-options").resolve(module + ".options");
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
        if (watch != null) {
            watch.stop();
        }
        services.parallelStream().forEach(SupervisedProcess::stop);
        if (issuer != null && issuer.isLocal()) {
            step("stopping the local issuer");
            issuer.stop();
        }
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
                for (String part : List.of("kafka", "mongo", "issuer", "logs")) {
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

    static void step(String message) {
        System.out.println("==> " + message);
    }
}
