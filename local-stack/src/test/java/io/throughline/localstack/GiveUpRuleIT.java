package io.throughline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The give-up rule through {@code ./run-local.sh --fresh}: prep-form-service, made to crash at every
 * start by an unknown JVM option in {@code <data-dir>/jvm-options/prep-form-service.options} (the
 * stack reads that file on every start; only this test puts a bad option there), is killed once and
 * then restarted after 1, 2, 4 and 8 s, crashing each time, and left down at its fifth crash within 5
 * minutes with one line saying so and where its log is; session-service and analytics-service answer
 * every request meanwhile, and the platform keeps running. Ctrl-C then stops the rest.
 */
class GiveUpRuleIT {

    private static final String ANALYTICS = "http://localhost:8083/api/v1/orgs/" + SessionLedger.ORG;

    @TempDir
    Path dataDirectory;

    @Test
    void aServiceThatCrashesAtEveryStartIsLeftDownAfterFiveCrashesWhileTheOthersKeepServing() throws Exception {
        StackRun stack = StackRun.start(dataDirectory, "--fresh");
        try {
            crashAtEveryStartUntilLeftDown(stack);
        } finally {
            assertThat(stack.interrupt()).as("a clean stop").isIn(0, 130, 143);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (int port : new int[] {8081, 8082, 8083, 9000, 9092, 27017}) {
                Ports.requireFree(port, "left over");
            }
        });
    }

    private void crashAtEveryStartUntilLeftDown(StackRun stack) throws Exception {
        // From now on every start of prep-form-service fails at once: the JVM refuses the option, exit code 1.
        Path options = dataDirectory.resolve("jvm-options").resolve("prep-form-service.options");
        Files.createDirectories(options.getParent());
        Files.writeString(options, "-XX:+CrashAtStartForTheGiveUpTest\n");
        PlatformClient api = new PlatformClient();
        SessionLedger ledger = new SessionLedger(api);
        ProcessHandle prepForms = stack.processOf(Service.PREP_FORM.module);
        String giveUp = "run-local: prep-form-service crashed 5 times within 5 minutes (last exit code 1) and is left"
                + " down; its log is " + dataDirectory.resolve("logs").resolve("prep-form-service.log")
                + ". The platform keeps running without it: " + Service.PREP_FORM.unavailable
                + " (http://localhost:8082).";
        long gaveUpAfter;
        ContinuousUse use = new ContinuousUse()
                .use("record a session on session-service", ledger::recordOne)
                .use("read figures on analytics-service", () -> failure(api.get(ANALYTICS + "/overview")));
        try (use) {
            long killedAt = System.nanoTime();
            StackRun.kill9(prepForms);
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> stack.printed().contains(giveUp));
            gaveUpAfter = (System.nanoTime() - killedAt) / 1_000_000;
            Thread.sleep(5000);
        }
        System.out.println("[supervision-it] prep-form-service left down " + gaveUpAfter + " ms after kill -9");
        assertThat(use.failures())
                .as("session-service and analytics-service meanwhile")
                .isEmpty();
        assertThat(gaveUpAfter).as("back-off 1 + 2 + 4 + 8 s").isBetween(15_000L, 45_000L);
        String printed = stack.printed();
        assertThat(printed)
                .contains(
                        "prep-form-service exited (137), restarted — 1st time",
                        "prep-form-service exited (1), restarted — 2nd time",
                        "prep-form-service exited (1), restarted — 3rd time",
                        "prep-form-service exited (1), restarted — 4th time")
                .doesNotContain("restarted — 5th time");
        assertThat(printed.lines().filter(line -> line.contains("is left down")))
                .hasSize(1);
        assertThat(stack.isAlive()).as("the platform keeps running").isTrue();
        assertThat(api.healthy(Service.PREP_FORM.port)).isFalse();
        assertThat(api.healthy(Service.SESSION.port)).isTrue();
        assertThat(api.healthy(Service.ANALYTICS.port)).isTrue();
        assertThat(Files.exists(dataDirectory.resolve("logs/prep-form-service.pid")))
                .as("no pid file for a process left down")
                .isFalse();
        Thread.sleep(3000);
        assertThat(stack.printed()).as("nothing restarts it after that").isEqualTo(printed);
    }

    private static String failure(PlatformClient.Answer answer) {
        return answer.ok() ? null : answer.status() + " " + answer.body();
    }
}
