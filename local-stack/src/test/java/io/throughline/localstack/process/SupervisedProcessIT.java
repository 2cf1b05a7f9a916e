package io.throughline.localstack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process API as issue 15's fault suite uses it, on the local issuer's jar (the lightest of the
 * platform's JVMs) on a free port: started, killed, started again by its supervisor, stopped for good;
 * and left down when it crashes at every start.
 */
class SupervisedProcessIT {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final String DISCOVERY = "/.well-known/openid-configuration";
    private static final RestartPolicy QUICK =
            new RestartPolicy(Duration.ofMillis(200), Duration.ofSeconds(1), 3, Duration.ofMinutes(1));

    @TempDir
    Path data;

    private final List<String> told = new CopyOnWriteArrayList<>();
    private final SupervisionListener listener = new SupervisionListener() {
        @Override
        public void crashed(SupervisedProcess process, int exitCode, Duration backOff) {
            told.add("crashed " + exitCode + " " + backOff.toMillis());
        }

        @Override
        public void restarted(SupervisedProcess process, int exitCode, int restarts) {
            told.add("restarted " + exitCode + " " + restarts);
        }

        @Override
        public void gaveUp(SupervisedProcess process, int exitCode, int crashes, Duration window) {
            told.add("gave up " + exitCode + " " + crashes);
        }
    };

    @Test
    void aKilledProcessIsStartedAgainWithItsRestartCountAndAStoppedOneIsNot() throws Exception {
        SupervisedProcess issuer = SupervisedProcess.start(spec("issuer-1"));
        try {
            issuer.awaitAnswer(DISCOVERY, "\"issuer\"", Duration.ofMinutes(2));
            issuer.supervise(QUICK, listener);
            long first = issuer.pid().orElseThrow();
            assertThat(Files.readString(data.resolve("logs/issuer-1.pid"))).isEqualTo(Long.toString(first));

            issuer.kill(Signal.KILL);
            issuer.awaitAnswer(DISCOVERY, "\"issuer\"", Duration.ofMinutes(2));

            assertThat(told).containsExactly("crashed 137 200", "restarted 137 1");
            assertThat(issuer.restarts()).isEqualTo(1);
            assertThat(issuer.pid().orElseThrow()).isNotEqualTo(first);
            assertThat(ProcessHandle.of(issuer.pid().orElseThrow())
                            .flatMap(process -> process.info().command())
                            .orElseThrow())
                    .endsWith("java");
            assertThat(environmentOf(issuer.pid().orElseThrow()))
                    .as("the restart count is passed to the process")
                    .contains(ProcessSpec.RESTARTS_VARIABLE + "=1");
        } finally {
            issuer.stop();
        }
        assertThat(issuer.state()).isEqualTo(SupervisedProcess.State.STOPPED);
        assertThat(issuer.isAlive()).isFalse();
        Thread.sleep(1000);
        assertThat(issuer.isAlive()).as("a stop is not a crash").isFalse();
        assertThat(Files.exists(data.resolve("logs/issuer-1.pid"))).isFalse();
    }

    @Test
    void aProcessThatCrashesAtEveryStartIsLeftDownAfterThePolicysCrashes() throws Exception {
        Path options = data.resolve("issuer-2.options");
        SupervisedProcess issuer = SupervisedProcess.start(spec("issuer-2").withJvmOptionsFile(options));
        try {
            issuer.awaitAnswer(DISCOVERY, "\"issuer\"", Duration.ofMinutes(2));
            issuer.supervise(QUICK, listener);
            Files.writeString(options, "-XX:+NoSuchOptionAnywhere");

            issuer.kill(Signal.KILL);
            await().atMost(Duration.ofSeconds(30)).until(() -> issuer.state() == SupervisedProcess.State.GAVE_UP);

            assertThat(told)
                    .containsExactly(
                            "crashed 137 200", "restarted 137 1", "crashed 1 400", "restarted 1 2", "gave up 1 3");
            assertThatThrownBy(() -> issuer.awaitHealthy(Duration.ofSeconds(5)))
                    .isInstanceOf(ProcessFailure.class)
                    .hasMessageContaining("issuer-2 was left down after crashing (last exit code 1)")
                    .hasMessageContaining("Unrecognized VM option 'NoSuchOptionAnywhere'");
        } finally {
            issuer.stop();
        }
    }

    private ProcessSpec spec(String name) throws IOException {
        int port = freePort();
        return ProcessSpec.javaJar(
                name,
                jar("local-issuer"),
                port,
                "256m",
                Map.of(
                        "THROUGHLINE_ISSUER_URL",
                        "http://localhost:" + port,
                        "THROUGHLINE_ISSUER_KEY_FILE",
                        data.resolve(name + "-key.json").toString()),
                data.resolve("logs"));
    }

    private static String environmentOf(long pid) throws IOException {
        return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"))).replace('\0', '\n');
    }

    private static Path jar(String module) throws IOException {
        try (Stream<Path> files = Files.list(REPOSITORY.resolve(module).resolve("target"))) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-.*\\.jar"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
