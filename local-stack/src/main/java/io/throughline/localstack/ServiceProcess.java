package io.throughline.localstack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service (or the local issuer) running in a JVM of its own, its output in a log file. */
final class ServiceProcess {

    private static final String LOOPBACK = "127.0.0.1";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String module;
    final int port;
    private final Process process;
    private final Path log;
    /** Where this run's output starts in the log, which keeps the earlier runs' too. */
    private final long logStart;

    private ServiceProcess(String module, int port, Process process, Path log, long logStart) {
        this.module = module;
        this.port = port;
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    /**
     * Starts {@code jar} with {@code SERVER_PORT} and {@code SERVER_ADDRESS=127.0.0.1} (nothing run by the
     * local stack is reachable from other machines) and the given environment.
     */
    static ServiceProcess start(
            String module, int port, Path jar, String maxHeap, Map<String, String> environment, Path logs) {
        Path log = logs.resolve(module + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m",
                "-Xmx" + maxHeap,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1"));
        if (Runtime.version().feature() >= 24) {
            // Kafka's and Netty's use of sun.misc.Unsafe is allowed, just announced since JDK 24.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("SERVER_ADDRESS", LOOPBACK);
        builder.environment().putAll(environment);
        try {
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            return new ServiceProcess(module, port, builder.start(), log, logStart);
        } catch (IOException e) {
            throw new StartupFailure(module + " could not be started: " + e.getMessage());
        }
    }

    /** Waits until {@code /actuator/health} answers UP; fails with the log's last error when the service dies. */
    void awaitHealthy(Duration timeout) {
        awaitAnswer("/actuator/health", "\"UP\"", timeout);
    }

    /** Waits until {@code path} answers 200 with {@code expected} in its body; fails with the log's last error when the process dies. */
    void awaitAnswer(String path, String expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + port + path))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StartupFailure(module + " stopped while starting (exit code " + process.exitValue() + "): "
                        + lastError() + " — see " + log);
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(expected)) {
                    return;
                }
            } catch (ConnectException | java.net.http.HttpTimeoutException e) {
                // not listening yet
            } catch (IOException e) {
                // starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure("interrupted while waiting for " + module);
            }
            sleep(500);
        }
        throw new StartupFailure(module + " did not answer " + path + " within " + timeout.toSeconds() + " s: "
                + lastError() + " — see " + log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    java.util.concurrent.CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    int exitValue() {
        return process.exitValue();
    }

    Path log() {
        return log;
    }

    /** Asks the service to shut down gracefully, then insists. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Spring Boot's failure description when this run printed one, else its last line that looks like an error. */
    private String lastError() {
        List<String> lines;
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(logStart);
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException e) {
            return "no log";
        }
        int description = lines.indexOf("Description:");
        if (lines.contains("APPLICATION FAILED TO START") && description >= 0) {
            for (String line : lines.subList(description + 1, lines.size())) {
                if (!line.isBlank()) {
                    return line.strip();
                }
            }
        }
        for (String line : lines.reversed()) {
            if (line.contains("ERROR") || line.contains("Exception") || line.startsWith("Caused by")) {
                return line.strip();
            }
        }
        return lines.isEmpty() ? "no output" : lines.getLast().strip();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
