package io.throughline.localstack;

import java.nio.file.Path;

/** One of the platform's services: its module, port, the jar the build leaves, and what is missing while it is down. */
enum Service {
    SESSION("session-service", 8081, "sessions cannot be recorded or read"),
    PREP_FORM("prep-form-service", 8082, "prep forms cannot be requested, read or submitted"),
    ANALYTICS(
            "analytics-service",
            8083,
            "the dashboard and the figures are unavailable (the events wait on Kafka for its return)");

    final String module;
    final int port;
    /** What the platform cannot do without it, for the line that says it was left down. */
    final String unavailable;

    Service(String module, int port, String unavailable) {
        this.module = module;
        this.port = port;
        this.unavailable = unavailable;
    }

    Path jar(Path repository) {
        return Jars.of(repository, module);
    }

    String url() {
        return "http://localhost:" + port;
    }
}
