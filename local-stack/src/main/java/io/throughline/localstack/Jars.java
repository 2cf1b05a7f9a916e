package io.throughline.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The runnable jar a module's build leaves in its {@code target/}. */
final class Jars {

    private Jars() {}

    static Path of(Path repository, String module) {
        Path target = repository.resolve(module).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new StartupFailure("no jar of " + module + " under " + target
                            + " — build it with ./mvnw -DskipTests package"));
        } catch (IOException e) {
            throw new StartupFailure("cannot read " + target + ": " + e.getMessage());
        }
    }
}
