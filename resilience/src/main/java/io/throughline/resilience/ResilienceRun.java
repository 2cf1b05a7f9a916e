package io.throughline.resilience;

import io.throughline.localstack.demo.ClientCredentialsTokens;
import io.throughline.localstack.process.SupervisedProcess;
import io.throughline.localstack.process.SupervisionListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code resilience/run.sh [--short]}: starts the stack under test, drives the load while the faults
 * happen, waits for quiescence, checks the verdict and prints the RESULT line last; exits 1 unless
 * nothing was lost, double-counted or wrong (and no consumer is stuck, no command went unacknowledged).
 */
public final class ResilienceRun {

    private static final long STARTED = System.nanoTime();

    private ResilienceRun() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "logback-resilience.xml");
        RunOptions options = RunOptions.parse(args);
        log("resilience: " + options);
        Map<String, AtomicInteger> restarts = new LinkedHashMap<>();
        SupervisionListener listener = new SupervisionListener() {
            @Override
            public void restarted(SupervisedProcess process, int exitCode, int count) {
                log(process.name() + " exited (" + exitCode + "), restarted — " + count + " time(s)");
            }

            @Override
            public void gaveUp(SupervisedProcess process, int exitCode, int crashes, Duration window) {
                log(process.name() + " was left down after " + crashes + " crashes");
            }
        };
        int code;
        try (Stack stack = new Stack(Path.of("").toAbsolutePath(), options.dataDirectory())) {
            log("starting Kafka, MongoDB, the issuer and " + Stack.INSTANCES + " instances of each service (logs in "
                    + options.dataDirectory().resolve("logs") + ")");
            stack.start(listener);
            log("the stack is up: "
                    + Stack.SERVICES.stream()
                            .map(s -> s + " " + stack.baseUrls(s))
                            .toList());
            code = run(stack, options);
        }
        System.exit(code);
    }

    private static int run(Stack stack, RunOptions options) throws Exception {
        ClientCredentialsTokens tokens =
                new ClientCredentialsTokens(stack.tokenEndpoint(), "local-platform", "local-platform-secret");
        Instances sessions = new Instances(stack.baseUrls("session-service"), tokens);
        Instances prepForms = new Instances(stack.baseUrls("prep-form-service"), tokens);
        Instances analytics = new Instances(stack.baseUrls("analytics-service"), tokens);
        List<Acknowledged> acknowledged = new Generator(options.seed(), options.runId())
                .sessions(options.sessions(), options.organisations()).stream()
                        .map(Acknowledged::new)
                        .toList();
        AtomicInteger retries = new AtomicInteger();
        Faults faults =
                new Faults(stack, options.seed(), options.load(), options.killsPerService(), ResilienceRun::log);
        Thread faultThread = Thread.ofPlatform().name("faults").start(faults);
        long loadStart = System.nanoTime();
        try (Freshness freshness = new Freshness(analytics)) {
            ExecutorService workers = Executors.newFixedThreadPool(options.workers());
            AtomicInteger done = new AtomicInteger();
            for (int i = 0; i < acknowledged.size(); i++) {
                Acknowledged session = acknowledged.get(i);
                long releaseNanos = loadStart + options.load().toNanos() * i / acknowledged.size();
                workers.submit(() -> {
                    long wait = releaseNanos - System.nanoTime();
                    if (wait > 0) {
                        Stack.sleep(Duration.ofNanos(wait));
                    }
                    new SessionDriver(sessions, prepForms, freshness::ended, retries).drive(session);
                    int n = done.incrementAndGet();
                    if (n % Math.max(1, acknowledged.size() / 10) == 0) {
                        log(n + " of " + acknowledged.size() + " sessions driven (" + retries.get() + " retries)");
                    }
                });
            }
            workers.shutdown();
            workers.awaitTermination(2, TimeUnit.HOURS);
            faultThread.join();
            log("load done: " + acknowledged.size() + " sessions in "
                    + (System.nanoTime() - loadStart) / 1_000_000_000 + " s, " + retries.get() + " retries; kills "
                    + faults.kills + "; answers other than 2xx by status (0: none) " + Instances.FAILED);
            freshness.drain(120);
            return Verdict.judge(stack, tokens, acknowledged, faults, freshness, analytics, prepForms, options);
        }
    }

    static void log(String line) {
        System.out.printf("[%5ds] %s%n", (System.nanoTime() - STARTED) / 1_000_000_000, line);
    }

    /** The run's size: {@code --short} is about 300 sessions over 2 minutes; the default 5,000 over 15. */
    record RunOptions(
            boolean isShort,
            int sessions,
            int organisations,
            Duration load,
            int workers,
            int killsPerService,
            long seed,
            String runId,
            Path dataDirectory) {

        static RunOptions parse(String[] args) {
            boolean isShort = List.of(args).contains("--short");
            int sessions = isShort ? 300 : 5000;
            long seed = System.currentTimeMillis();
            Duration load = isShort ? Duration.ofSeconds(120) : Duration.ofMinutes(15);
            List<String> rest = new ArrayList<>(List.of(args));
            for (int i = 0; i < rest.size() - 1; i++) {
                switch (rest.get(i)) {
                    case "--sessions" -> sessions = Integer.parseInt(rest.get(i + 1));
                    case "--seed" -> seed = Long.parseLong(rest.get(i + 1));
                    case "--load-seconds" -> load = Duration.ofSeconds(Long.parseLong(rest.get(i + 1)));
                    default -> {}
                }
            }
            String runId = Long.toString(seed % 100_000_000, 36);
            return new RunOptions(
                    isShort,
                    sessions,
                    isShort ? 3 : 8,
                    load,
                    isShort ? 12 : 24,
                    isShort ? 2 : 6,
                    seed,
                    runId,
                    Path.of("resilience", "target", "run-" + runId).toAbsolutePath());
        }

        @Override
        public String toString() {
            return (isShort ? "--short: " : "") + sessions + " sessions in " + organisations + " organisations over "
                    + load.toSeconds() + " s, " + workers + " workers, " + killsPerService
                    + " kills of each service, seed " + seed;
        }
    }
}
