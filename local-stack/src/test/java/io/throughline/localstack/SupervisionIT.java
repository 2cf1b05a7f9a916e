package io.throughline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 through {@code ./run-local.sh --fresh --demo}: sessions are recorded while each service's
 * JVM in turn is killed with {@code kill -9}; each is healthy again within 60 s, the other two answer
 * every request meanwhile, the restart is one console line and counted in the service's metrics, and
 * afterwards analytics' figures equal those of the sessions recorded (nothing lost, nothing counted
 * twice); the dashboard says it is reconnecting while analytics-service is down and recovers by
 * itself. Ctrl-C then stops everything in order, nothing left running. ({@link GiveUpRuleIT} tests the
 * give-up rule on a stack of its own, so that no earlier crash counts in its window.)
 */
class SupervisionIT {

    private static final Duration BACK_IN = Duration.ofSeconds(60);
    private static final String ANALYTICS = "http://localhost:8083/api/v1/orgs/" + SessionLedger.ORG;
    private static final String PREP_FORMS = "http://localhost:8082/api/v1/orgs/" + SessionLedger.ORG + "/prep-forms";

    @TempDir
    static Path dataDirectory;

    private static StackRun stack;
    private static final PlatformClient api = new PlatformClient();
    private static final SessionLedger ledger = new SessionLedger(api);
    private static final Map<String, Long> backInMillis = new LinkedHashMap<>();
    private static final List<ProcessHandle> seen = new ArrayList<>();

    @BeforeAll
    static void startTheStack() throws Exception {
        stack = StackRun.start(dataDirectory, "--fresh", "--demo");
        seen.addAll(stack.children());
        for (int i = 0; i < 6; i++) {
            assertThat(ledger.recordOne()).isNull();
        }
    }

    @Test
    void eachKilledServiceIsBackWithinAMinuteWhileTheOthersAnswerEveryRequestAndNoFigureChanges() throws Exception {
        try (ReconnectingDashboard dashboard = ReconnectingDashboard.open()) {
            for (Service killed : List.of(Service.ANALYTICS, Service.SESSION, Service.PREP_FORM)) {
                killAndWatch(killed, dashboard);
            }
        }
        killTheIssuerAndWatch();
        assertThat(ledger.recordOne()).as("session-service records again").isNull();
        System.out.println("[supervision-it] kill -9 to healthy again: " + backInMillis + " ms; " + ledger.recorded()
                + " sessions recorded");

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    List<String> differences = new ArrayList<>();
                    for (String client : SessionLedger.CLIENTS) {
                        PlatformClient.Answer patterns =
                                api.get(ANALYTICS + "/clients/" + client + "/patterns?size=100");
                        assertThat(patterns.status()).isEqualTo(200);
                        differences.addAll(ledger.differences(client, patterns.body()));
                    }
                    assertThat(differences)
                            .as("analytics against the sessions recorded")
                            .isEmpty();
                });
    }

    private static void killAndWatch(Service killed, ReconnectingDashboard dashboard) throws Exception {
        ProcessHandle before = stack.processOf(killed.module);
        seen.add(before);
        ContinuousUse use = new ContinuousUse();
        if (killed != Service.SESSION) {
            use.use("record a session on session-service", ledger::recordOne);
        }
        if (killed != Service.PREP_FORM) {
            use.use("read prep forms on prep-form-service", () -> failure(api.get(PREP_FORMS + "?clientId=client-a")));
        }
        if (killed != Service.ANALYTICS) {
            use.use(
                    "read figures on analytics-service",
                    () -> failure(api.get(ANALYTICS + "/clients/client-a/patterns?size=100")));
        }
        try (use) {
            Thread.sleep(2000);
            long killedAt = System.nanoTime();
            StackRun.kill9(before);
            if (killed == Service.ANALYTICS) {
                dashboard.showsReconnecting();
            }
            await().atMost(BACK_IN)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> !before.isAlive() && api.healthy(killed.port));
            backInMillis.put(killed.module, (System.nanoTime() - killedAt) / 1_000_000);
            if (killed == Service.ANALYTICS) {
                dashboard.recovers();
            }
            Thread.sleep(3000);
        }
        assertThat(use.failures())
                .as("the others while " + killed.module + " was down")
                .isEmpty();
        assertThat(use.successes().values()).as("they were used meanwhile").allMatch(count -> count > 5);
        ProcessHandle after = stack.processOf(killed.module);
        seen.add(after);
        assertThat(after.pid()).isNotEqualTo(before.pid());
        assertThat(stack.printed()).contains(killed.module + " exited (137), restarted — 1st time");
        awaitUpAgainLine(killed.module);
        assertThat(api.restartsMetric(killed.port))
                .as(killed.module + "'s restarts metric")
                .isEqualTo(1.0);
    }

    /** The local issuer is supervised the same way; the services keep answering with the tokens they were given. */
    private static void killTheIssuerAndWatch() throws Exception {
        ProcessHandle before = stack.processOf(Issuer.MODULE);
        seen.add(before);
        api.renewToken();
        ContinuousUse use = new ContinuousUse()
                .use("record a session on session-service", ledger::recordOne)
                .use("read prep forms on prep-form-service", () -> failure(api.get(PREP_FORMS + "?clientId=client-b")))
                .use("read figures on analytics-service", () -> failure(api.get(ANALYTICS + "/overview")));
        try (use) {
            Thread.sleep(1000);
            long killedAt = System.nanoTime();
            StackRun.kill9(before);
            await().atMost(BACK_IN)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> !before.isAlive() && api.tokenEndpointAnswers());
            backInMillis.put(Issuer.MODULE, (System.nanoTime() - killedAt) / 1_000_000);
            Thread.sleep(2000);
        }
        assertThat(use.failures()).as("the services while the issuer was down").isEmpty();
        seen.add(stack.processOf(Issuer.MODULE));
        assertThat(stack.printed()).contains(Issuer.MODULE + " exited (137), restarted — 1st time");
        awaitUpAgainLine(Issuer.MODULE);
    }

    private static void awaitUpAgainLine(String module) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(stack.printed()).contains("==> " + module + " is up again ("));
    }

    @AfterAll
    static void ctrlCStopsEverythingInOrder() throws Exception {
        if (stack == null) {
            return;
        }
        seen.addAll(stack.children());
        assertThat(stack.interrupt()).as("a clean stop").isIn(0, 130, 143);
        String printed = stack.printed();
        assertThat(printed)
                .containsSubsequence(
                        "==> stopping the services",
                        "==> stopping the local issuer",
                        "==> stopping the embedded infrastructure");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(seen).as("every process run-local started").noneMatch(ProcessHandle::isAlive);
            for (int port : new int[] {8081, 8082, 8083, 9000, 9092, 27017}) {
                Ports.requireFree(port, "left over");
            }
        });
    }

    private static String failure(PlatformClient.Answer answer) {
        return answer.ok() ? null : answer.status() + " " + answer.body();
    }
}
