package io.throughline.localstack;

import java.nio.file.Path;

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
        return Jars.of(repository, module);
    }

    String url() {
        return "http://localhost:" + port;
    }
}
