package io.throughline.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine answers. Asking Testcontainers where no engine can possibly be costs
 * seconds and a screen of errors, so the usual sockets and {@code DOCKER_HOST} are looked at first.
 * {@code -Dthroughline.test-infrastructure=embedded|containers} overrides the probe.
 */
final class DockerEngine {

    record Answer(boolean available, String reason) {}

    private DockerEngine() {}

    static Answer probe() {
        String forced = System.getProperty("throughline.test-infrastructure", "");
        if (forced.equals("embedded")) {
            return new Answer(false, "forced by -Dthroughline.test-infrastructure=embedded");
        }
        if (forced.equals("containers")) {
            return new Answer(true, "forced by -Dthroughline.test-infrastructure=containers");
        }
        if (System.getenv("DOCKER_HOST") == null && knownSockets().stream().noneMatch(Files::exists)) {
            return new Answer(false, "no Docker engine: no DOCKER_HOST and no Docker socket");
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable()
                    ? new Answer(true, "a Docker engine answered")
                    : new Answer(false, "no Docker engine answered");
        } catch (RuntimeException e) {
            return new Answer(false, "no Docker engine answered: " + e.getMessage());
        }
    }

    private static List<Path> knownSockets() {
        String home = System.getProperty("user.home");
        String runtime = System.getenv().getOrDefault("XDG_RUNTIME_DIR", "/run/user/0");
        return List.of(
                Path.of("/var/run/docker.sock"),
                Path.of(home, ".docker/run/docker.sock"),
                Path.of(home, ".docker/desktop/docker.sock"),
                Path.of(runtime, "docker.sock"),
                Path.of(home, ".colima/default/docker.sock"),
                Path.of(home, ".rd/docker.sock"));
    }
}
