package io.throughline.platform.testing;

import io.throughline.platform.embedded.EmbeddedMongoServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A benchmark's MongoDB: the embedded in-memory server in a JVM of its own, as a database server
 * would be, so that its work and its garbage are not the measured client's. {@link #main} prints its
 * connection string, then serves until its standard input closes.
 */
public final class MongoServerProcess implements AutoCloseable {

    private final Process process;
    private final String connectionString;

    private MongoServerProcess(Process process, String connectionString) {
        this.process = process;
        this.connectionString = connectionString;
    }

    /** Starts the server with the given maximum heap, e.g. {@code 4g}, on this JVM's class path. */
    public static MongoServerProcess start(String maxHeap) throws IOException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + maxHeap,
                        "-cp",
                        System.getProperty("java.class.path"),
                        MongoServerProcess.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                return new MongoServerProcess(process, line.substring("READY ".length()));
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The MongoDB server process ended before it was ready");
    }

    public String connectionString() {
        return connectionString;
    }

    /** CPU time the server's JVM has used so far. */
    public double cpuSeconds() {
        return process.toHandle()
                .info()
                .totalCpuDuration()
                .map(duration -> duration.toNanos() / 1e9)
                .orElse(Double.NaN);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
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
