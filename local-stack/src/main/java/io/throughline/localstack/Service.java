package io.throughline.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One of the platform's services: its module, port and the jar the build leaves. */
enum Service {

    SESSION("session-service", 8081),
    PREP_FORM("prep-form-service", 8082),
    ANALYTICS("analytics-service", 8083);

    final String module;
    final int port;

    Service(String module, int port) {
        this.module = module;
        this.port = port;
    }

    Path jar(Path repository) {
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

    String url() {
        return "http://localhost:" + port;
    }
}
