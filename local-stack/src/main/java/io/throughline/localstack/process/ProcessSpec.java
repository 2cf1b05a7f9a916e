package io.throughline.localstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a supervised process runs: a Spring Boot jar in a JVM of its own, listening on {@code port} of
 * 127.0.0.1 only ({@code SERVER_PORT}, {@code SERVER_ADDRESS}), with {@code environment}, its output
 * appended to {@code <logDirectory>/<name>.log} and its current pid in {@code <logDirectory>/<name>.pid}.
 * The name tells instances apart ({@code session-service}, {@code session-service-2}).
 *
 * @param jvmOptionsFile extra JVM options, whitespace-separated, read again on every (re)start when the
 *     file exists (a debugger agent, a bigger heap); null for none
 */
public record ProcessSpec(
        String name,
        Path jar,
        int port,
        String maxHeap,
        Map<String, String> environment,
        Path logDirectory,
        Path jvmOptionsFile) {

    /** The environment variable each start is given: how many times the process was restarted before. */
    public static final String RESTARTS_VARIABLE = "THROUGHLINE_PROCESS_RESTARTS";

    static final String LOOPBACK = "127.0.0.1";

    public ProcessSpec {
        environment = Map.copyOf(environment);
    }

    public static ProcessSpec javaJar(
            String name, Path jar, int port, String maxHeap, Map<String, String> environment, Path logDirectory) {
        return new ProcessSpec(name, jar, port, maxHeap, environment, logDirectory, null);
    }

    /** The same with an options file read on every start. */
    public ProcessSpec withJvmOptionsFile(Path file) {
        return new ProcessSpec(name, jar, port, maxHeap, environment, logDirectory, file);
    }

    public Path log() {
        return logDirectory.resolve(name + ".log");
    }

    public Path pidFile() {
        return logDirectory.resolve(name + ".pid");
    }

    /** The command line, with the options file as it is now. */
    List<String> command() {
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
        command.addAll(extraJvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /** The environment of a start after {@code restarts} restarts. */
    Map<String, String> environment(int restarts) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("SERVER_PORT", Integer.toString(port));
        all.put("SERVER_ADDRESS", LOOPBACK);
        all.putAll(environment);
        all.put(RESTARTS_VARIABLE, Integer.toString(restarts));
        return all;
    }

    private List<String> extraJvmOptions() {
        if (jvmOptionsFile == null || !Files.isRegularFile(jvmOptionsFile)) {
            return List.of();
        }
        try {
            return Arrays.stream(Files.readString(jvmOptionsFile).trim().split("\\s+"))
                    .filter(option -> !option.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
