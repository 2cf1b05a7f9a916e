package io.throughline.analytics.flags;

import static io.throughline.analytics.TrendsExampleMother.CLIENT;
import static io.throughline.analytics.TrendsExampleMother.COACH;
import static io.throughline.analytics.TrendsExampleMother.ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.throughline.analytics.Api;
import io.throughline.analytics.history.TrendsFixture;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.TestIssuer;
import io.throughline.platform.testing.WithInfrastructure;
import java.time.Duration;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The attention thresholds as analytics settings, on METRICS.md's worked example over HTTP: the preview of its
 * last line, thresholds and switched-off rules applied by {@code /attention}, kept by a rebuild, refused when they
 * cannot be used, and each rule's share of useful feedback. Each test leaves METRICS.md's defaults behind.
 */
@WithInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // The same as AnalyticsServiceIT's, so all run in one application context.
            "throughline.analytics.database=analytics-service-it",
            "throughline.analytics.projection.consumer-group=analytics-service-it",
            "throughline.analytics.projection.poll-timeout=100ms"
        })
class AnalyticsSettingsIT {

    private static final String BASE = "/api/v1/orgs/" + ORG;
    private static final String SETTINGS = BASE + "/analytics-settings";
    private static final String AS_OF = "asOf=2025-12-29T00:00:00%2B01:00";
    private static final String PREVIEW = SETTINGS + "/preview?" + AS_OF;
    private static final String CLIENT_PATH = BASE + "/attention/client/" + CLIENT;
    /** METRICS.md's worked example: "A preview with OFF_AGREED_TOPIC < 0.75 and SILENT_DRIFT ≥ 0.20 raises both". */
    private static final String PROPOSAL =
            "{\"rules\":{\"OFF_AGREED_TOPIC\":{\"raiseBelow\":0.75},\"SILENT_DRIFT\":{\"raiseAtLeast\":0.20}}}";

    private static final String OFF_TOPIC_SENTENCE =
            "coachee-1 spent 0.749 of the last 3 sessions on the agreed topic or connected context";
    private static final String DRIFT_SENTENCE =
            "3 of coach-1's 13 sidetracks in the last 6 sessions were never re-contracted";
    private static final TestIssuer ISSUER = TestIssuer.get();

    @LocalServerPort
    private int port;

    @BeforeEach
    void workedExample(TestInfrastructure infrastructure) throws Exception {
        TrendsFixture.publishOnce(infrastructure, port);
        TrendsFixture.zone(port, "Europe/Amsterdam");
    }

    /** Puts back METRICS.md's defaults, as an organisation that never set any has them, for the other tests. */
    @AfterEach
    void defaults() {
        JsonNode defaults = new Api(port)
                .get("/api/v1/orgs/never-configured/analytics-settings")
                .json()
                .path("rules");
        Api.Response put = admin().put(SETTINGS, "{\"rules\":" + defaults + "}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
    }

    @Test
    void previewsTheWorkedExamplesProposalRaisingBothWithoutSavingIt() {
        Api.Response preview = supervisor().post(PREVIEW, PROPOSAL);

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(changes(preview.json().path("raised")))
                .containsExactly(
                        tuple("client", CLIENT, "OFF_AGREED_TOPIC", OFF_TOPIC_SENTENCE),
                        tuple("coach", COACH, "SILENT_DRIFT", DRIFT_SENTENCE));
        assertThat(preview.json().path("cleared").isEmpty()).isTrue();
        JsonNode rules = supervisor().get(SETTINGS).json().path("rules");
        assertThat(rules.path("OFF_AGREED_TOPIC").path("raiseBelow").asDouble()).isEqualTo(0.70);
        assertThat(rules.path("SILENT_DRIFT").path("raiseAtLeast").asDouble()).isEqualTo(0.25);
        assertThat(flags(
                        supervisor()
                                .get(BASE + "/attention?acknowledged=any&" + AS_OF)
                                .json(),
                        CLIENT))
                .doesNotContain("OFF_AGREED_TOPIC");
    }

    @Test
    void storedThresholdsRaiseTheFlagsOutliveARebuildAndPreviewingTheDefaultsClearsThem() {
        Api.Response put = admin().put(SETTINGS, PROPOSAL);

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode offTopic = put.json().path("rules").path("OFF_AGREED_TOPIC");
        assertThat(offTopic.path("enabled").asBoolean()).isTrue();
        assertThat(offTopic.path("raiseBelow").asDouble()).isEqualTo(0.75);
        assertThat(offTopic.path("clearAtLeast").asDouble())
                .as("not named: kept")
                .isEqualTo(0.75);
        assertThat(put.json()
                        .path("rules")
                        .path("SILENT_DRIFT")
                        .path("minShifts")
                        .asInt())
                .isEqualTo(4);
        assertThat(put.json().path("timeZone").asString()).isEqualTo("Europe/Amsterdam");
        assertRaisedUnderTheProposal();

        rebuild();

        assertThat(supervisor()
                        .get(SETTINGS)
                        .json()
                        .path("rules")
                        .path("OFF_AGREED_TOPIC")
                        .path("raiseBelow")
                        .asDouble())
                .isEqualTo(0.75);
        assertRaisedUnderTheProposal();
        Api.Response back = supervisor()
                .post(
                        PREVIEW,
                        "{\"rules\":{\"OFF_AGREED_TOPIC\":{\"raiseBelow\":0.7},\"SILENT_DRIFT\":{\"raiseAtLeast\":0.25}}}");
        assertThat(back.json().path("raised").isEmpty()).isTrue();
        assertThat(changes(back.json().path("cleared")))
                .containsExactly(
                        tuple("client", CLIENT, "OFF_AGREED_TOPIC", OFF_TOPIC_SENTENCE),
                        tuple("coach", COACH, "SILENT_DRIFT", DRIFT_SENTENCE));
    }

    @Test
    void aSwitchedOffRuleRaisesNoFlagAndKeepsItsThresholds() {
        Api.Response put = admin().put(SETTINGS, "{\"rules\":{\"NO_PROGRESS\":{\"enabled\":false}}}");

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode noProgress = put.json().path("rules").path("NO_PROGRESS");
        assertThat(noProgress.path("enabled").asBoolean()).isFalse();
        assertThat(noProgress.path("raiseAtLeast").asInt()).isEqualTo(2);
        assertThat(flags(
                        supervisor()
                                .get(BASE + "/attention?acknowledged=any&" + AS_OF)
                                .json(),
                        CLIENT))
                .containsExactly("SIDETRACKS_RISING", "PARKED_TOPIC_RETURNS", "PREP_NOT_ON_TIME");
        assertThat(status(supervisor().get(CLIENT_PATH + "?" + AS_OF).json(), "NO_PROGRESS"))
                .isEqualTo("DISABLED");
        assertThat(changes(supervisor()
                        .post(PREVIEW, "{\"rules\":{\"NO_PROGRESS\":{\"enabled\":true}}}")
                        .json()
                        .path("raised")))
                .containsExactly(tuple(
                        "client", CLIENT, "NO_PROGRESS", "coachee-1's sessions ended NOT_ACHIEVED in 2 of the last 3"));
    }

    @Test
    void refusesWhatCannotBeASettingNamingTheFieldAndKeepsTheSettings() {
        assertInvalid("{\"rules\":{\"BOGUS\":{\"enabled\":false}}}", "rules.BOGUS");
        assertInvalid("{\"rules\":{\"SIDETRACKS_RISING\":{\"raiseBy\":-1}}}", "rules.SIDETRACKS_RISING.raiseBy");
        assertInvalid("{\"rules\":{\"SIDETRACKS_RISING\":{\"raiseBy\":\"NaN\"}}}", "rules.SIDETRACKS_RISING.raiseBy");
        assertInvalid("{\"rules\":{\"STALLED\":{\"raiseAfterDays\":2.5}}}", "rules.STALLED.raiseAfterDays");
        assertInvalid(
                "{\"rules\":{\"OFF_AGREED_TOPIC\":{\"clearAtLeast\":0.6}}}", "rules.OFF_AGREED_TOPIC.clearAtLeast");
        assertInvalid("{\"rules\":{\"SILENT_DRIFT\":{\"raiseAtLeast\":0.1}}}", "rules.SILENT_DRIFT.raiseAtLeast");
        assertInvalid("{\"rules\":{\"NO_PROGRESS\":{\"enabled\":\"no\"}}}", "rules.NO_PROGRESS.enabled");
        assertInvalid("{\"rules\":{\"NO_PROGRESS\":{\"often\":1}}}", "rules.NO_PROGRESS.often");
        assertInvalid("{\"timeZone\":\"Mars/Olympus\",\"rules\":{\"NO_PROGRESS\":{\"enabled\":false}}}", "timeZone");
        assertThat(admin().put(SETTINGS, "{}").status()).isEqualTo(400);
        assertThat(admin().put(SETTINGS, "{\"rules\":{\"SIDETRACKS_RISING\":{\"raiseBy\":NaN}}}")
                        .status())
                .isEqualTo(400);
        Api.Response preview = supervisor().post(PREVIEW, "{\"rules\":{\"SIDETRACKS_RISING\":{\"raiseBy\":-1}}}");
        assertThat(preview.status()).isEqualTo(400);

        JsonNode rules = supervisor().get(SETTINGS).json().path("rules");
        assertThat(rules.path("NO_PROGRESS").path("enabled").asBoolean()).isTrue();
        assertThat(rules.path("SIDETRACKS_RISING").path("raiseBy").asDouble()).isEqualTo(1.0);
        assertThat(rules.path("OFF_AGREED_TOPIC").path("clearAtLeast").asDouble())
                .isEqualTo(0.75);
    }

    @Test
    void showsEachRulesShareOfUsefulAnswersTheLastAnswerPerFlagCounting() {
        String feedback = CLIENT_PATH + "/PARKED_TOPIC_RETURNS/feedback";
        assertThat(admin().put(feedback, "{\"useful\":false}").status()).isEqualTo(200);

        JsonNode parked = supervisor()
                .get(SETTINGS)
                .json()
                .path("rules")
                .path("PARKED_TOPIC_RETURNS")
                .path("feedback");
        assertThat(tuple(
                        parked.path("useful").asLong(),
                        parked.path("notUseful").asLong(),
                        parked.path("usefulShare").asDouble()))
                .isEqualTo(tuple(0L, 1L, 0.0));

        assertThat(admin().put(feedback, "{\"useful\":true}").status()).isEqualTo(200);
        JsonNode rules = supervisor().get(SETTINGS).json().path("rules");
        parked = rules.path("PARKED_TOPIC_RETURNS").path("feedback");
        assertThat(tuple(
                        parked.path("useful").asLong(),
                        parked.path("notUseful").asLong(),
                        parked.path("usefulShare").asDouble()))
                .isEqualTo(tuple(1L, 0L, 1.0));
        JsonNode stalled = rules.path("STALLED").path("feedback");
        assertThat(stalled.path("useful").asLong() + stalled.path("notUseful").asLong())
                .isZero();
        assertThat(stalled.path("usefulShare").isNull()).isTrue();
    }

    @Test
    void letsTheSupervisorPreviewAndOnlyTheOrgAdminWrite() {
        assertThat(admin().post(PREVIEW, PROPOSAL).status()).isEqualTo(200);
        assertThat(supervisor().put(SETTINGS, PROPOSAL).status()).isEqualTo(403);
        assertThat(new Api(port)
                        .as(ISSUER.coach(ORG, COACH))
                        .post(PREVIEW, PROPOSAL)
                        .status())
                .isEqualTo(403);
        assertThat(new Api(port)
                        .as(ISSUER.client(ORG, CLIENT))
                        .post(PREVIEW, PROPOSAL)
                        .status())
                .isEqualTo(403);
        assertThat(new Api(port)
                        .as(ISSUER.supervisor("other-org"))
                        .post(PREVIEW, PROPOSAL)
                        .status())
                .isEqualTo(403);
    }

    private void assertRaisedUnderTheProposal() {
        JsonNode entries =
                supervisor().get(BASE + "/attention?acknowledged=any&" + AS_OF).json();
        assertThat(flags(entries, CLIENT)).contains("OFF_AGREED_TOPIC");
        assertThat(flags(entries, COACH)).containsExactly("SILENT_DRIFT");
        assertThat(status(supervisor().get(CLIENT_PATH + "?" + AS_OF).json(), "OFF_AGREED_TOPIC"))
                .isEqualTo("RAISED");
    }

    private void assertInvalid(String body, String field) {
        Api.Response put = admin().put(SETTINGS, body);
        assertThat(put.status()).as(body).isEqualTo(400);
        assertThat(put.contentType()).startsWith("application/problem+json");
        assertThat(put.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    private void rebuild() {
        String rebuild = "/api/v1/admin/projections/rebuild";
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !api.get(rebuild).json().path("state").asString().equals("RUNNING"));
        Api.Response started = api.post(rebuild);
        assertThat(started.status()).isEqualTo(202);
        String startedAt = started.json().path("startedAt").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode progress = api.get(rebuild).json();
            return progress.path("startedAt").asString().equals(startedAt)
                    && progress.path("state").asString().equals("COMPLETED");
        });
    }

    private Api supervisor() {
        return new Api(port).as(ISSUER.supervisor(ORG));
    }

    private Api admin() {
        return TrendsFixture.orgAdmin(port);
    }

    private static List<Tuple> changes(JsonNode changes) {
        return changes.valueStream()
                .map(c -> tuple(
                        c.path("subjectType").asString(),
                        c.path("subjectId").asString(),
                        c.path("rule").asString(),
                        c.path("sentence").asString()))
                .toList();
    }

    private static List<String> flags(JsonNode entries, String subjectId) {
        return entries.valueStream()
                .filter(e -> e.path("subjectId").asString().equals(subjectId))
                .flatMap(e -> e.path("flags").valueStream())
                .map(f -> f.path("rule").asString())
                .toList();
    }

    private static String status(JsonNode person, String rule) {
        return person.path("rules")
                .valueStream()
                .filter(r -> r.path("rule").asString().equals(rule))
                .findFirst()
                .orElseThrow()
                .path("status")
                .asString();
    }
}
