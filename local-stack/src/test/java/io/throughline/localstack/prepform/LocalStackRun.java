package io.throughline.localstack.prepform;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code ./run-local.sh --fresh --demo} in a data directory of its own, stopped as Ctrl-C would. */
public final class LocalStackRun implements AutoCloseable {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private final Process process;

    private LocalStackRun(Process process) {
        this.process = process;
    }

    public static LocalStackRun startWithDemo(Path dataDirectory) throws IOException {
        Path log = dataDirectory.resolve("run-local.out");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        "bash",
                        REPOSITORY.resolve("run-local.sh").toString(),
                        "--fresh",
                        "--demo",
                        "--data-dir",
                        dataDirectory.toString()))
                .directory(REPOSITORY.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        LocalStackRun run = new LocalStackRun(builder.start());
        await().atMost(Duration.ofMinutes(6))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String printed = Files.readString(log);
                    if (!run.process.isAlive()) {
                        throw new AssertionError("run-local.sh ended early:\n" + printed);
                    }
                    return printed.contains("Throughline is running.");
                });
        return run;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            // Ctrl-C: SIGINT to the launcher, which stops the services, the issuer and the infrastructure.
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
