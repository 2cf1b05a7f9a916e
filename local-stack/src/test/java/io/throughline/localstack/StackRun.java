package io.throughline.localstack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code ./run-local.sh} run by a test as a person runs it: its console output in a file, Ctrl-C to stop it. */
final class StackRun {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    final Path dataDirectory;
    final Path output;
    private final Process process;

    private StackRun(Path dataDirectory, Path output, Process process) {
        this.dataDirectory = dataDirectory;
        this.output = output;
        this.process = process;
    }

    static StackRun start(Path dataDirectory, String... options) throws IOException {
        Path output = dataDirectory.resolve("run-local.out");
        List<String> command = new ArrayList<>(
                List.of("bash", REPOSITORY.resolve("run-local.sh").toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("--data-dir", dataDirectory.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(REPOSITORY.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        StackRun run = new StackRun(dataDirectory, output, builder.start());
        await().atMost(Duration.ofMinutes(6))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String printed = run.printed();
                    if (!run.process.isAlive()) {
                        throw new AssertionError("run-local.sh ended early:\n" + printed);
                    }
                    return printed.contains("Throughline is running.");
                });
        return run;
    }

    String printed() throws IOException {
        return Files.readString(output);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The running JVM of {@code module}, from the pid file the supervisor keeps; it is a child of the launcher. */
    ProcessHandle processOf(String module) throws IOException {
        long pid = Long.parseLong(Files.readString(dataDirectory.resolve("logs").resolve(module + ".pid"))
                .trim());
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(module + " " + pid));
        if (handle.parent().map(ProcessHandle::pid).orElse(-1L) != process.pid()) {
            throw new AssertionError(module + "'s pid " + pid + " is not a child of run-local (" + process.pid() + ")");
        }
        return handle;
    }

    /** Every process the launcher runs now. */
    List<ProcessHandle> children() {
        return process.children().toList();
    }

    /** {@code kill -9}, as a person at another terminal would. */
    static void kill9(ProcessHandle process) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-9", Long.toString(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
    }

    /** Ctrl-C: SIGINT to the launcher; answers its exit code. */
    int interrupt() throws IOException, InterruptedException {
        if (process.isAlive()) {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("run-local.sh did not stop within 90 s of Ctrl-C");
            }
        }
        return process.exitValue();
    }
}
