package io.throughline.localstack.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The line of a process's log that says why it failed. */
final class LogTail {

    private LogTail() {}

    /**
     * Why the run from {@code start} failed: the JVM's own reason when it did not start at all, Spring
     * Boot's failure description when it printed one, else the last line that looks like an error.
     */
    static String lastError(Path log, long start) {
        List<String> lines;
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(start);
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException e) {
            return "no log";
        }
        if (lines.contains("Error: Could not create the Java Virtual Machine.") && !lines.isEmpty()) {
            return lines.getFirst().strip(); // the JVM refused to start, and says why first
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
}
