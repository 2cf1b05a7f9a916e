package io.throughline.analytics.flags;

import static io.throughline.analytics.TrendsExampleMother.CLIENT;
import static io.throughline.analytics.TrendsExampleMother.COACH;
import static io.throughline.analytics.TrendsExampleMother.ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.throughline.analytics.Api;
import io.throughline.analytics.TrendsExampleMother;
import io.throughline.analytics.history.TrendsFixture;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.TestIssuer;
import io.throughline.platform.testing.WithInfrastructure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** METRICS.md's worked example, its attention bullet, over HTTP: the flags, the watching rules, acknowledgement, roles. */
@WithInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // The same as AnalyticsServiceIT's, so all run in one application context.
            "throughline.analytics.database=analytics-service-it",
            "throughline.analytics.projection.consumer-group=analytics-service-it",
            "throughline.analytics.projection.poll-timeout=100ms"
        })
class AttentionIT {

    private static final String BASE = "/api/v1/orgs/" + ORG;
    private static final String AS_OF = "asOf=2025-12-29T00:00:00%2B01:00";
    private static final String CLIENT_PATH = BASE + "/attention/client/" + CLIENT;
    private static final String SIDETRACKS = CLIENT_PATH + "/SIDETRACKS_RISING";
    private static final TestIssuer ISSUER = TestIssuer.get();

    @LocalServerPort
    private int port;

    @BeforeEach
    void workedExample(TestInfrastructure infrastructure) throws Exception {
        TrendsFixture.publishOnce(infrastructure, port);
        TrendsFixture.zone(port, "Europe/Amsterdam");
    }

    @Test
    void raisesTheFourFlagsOfCoacheeOneWithTheirSinceAndWatchesTheRest() {
        JsonNode rules = supervisor().get(CLIENT_PATH + "?" + AS_OF).json().path("rules");

        List<Object[]> rows = new ArrayList<>();
        for (JsonNode rule : rules) {
            rows.add(new Object[] {
                rule.path("rule").asString(), rule.path("status").asString(), since(rule)
            });
        }
        assertThat(rows)
                .containsExactly(
                        new Object[] {"SIDETRACKS_RISING", "RAISED", sessionAt("2025-12-15")},
                        new Object[] {"OFF_AGREED_TOPIC", "WATCHING", null},
                        new Object[] {"PARKED_TOPIC_RETURNS", "RAISED", sessionAt("2025-11-24")},
                        new Object[] {"PREP_NOT_ON_TIME", "RAISED", sessionAt("2025-12-01")},
                        new Object[] {"NO_PROGRESS", "RAISED", sessionAt("2025-12-15")},
                        new Object[] {"STALLED", "WATCHING", null});
        assertThat(rule(rules, "SIDETRACKS_RISING").path("sentence").asString())
                .isEqualTo(
                        "coachee-1 had 2.667 sidetracks per session in the last 3 sessions, up from 1.667 in the 3 before");
        assertThat(rule(rules, "PARKED_TOPIC_RETURNS").path("sentence").asString())
                .isEqualTo("\"boss\" was parked in 5 of coachee-1's last 6 sessions");
        JsonNode prep = rule(rules, "PREP_NOT_ON_TIME");
        assertThat(prep.path("sentence").asString())
                .isEqualTo("coachee-1's prep form was late or missing for 2 of the last 3 sessions it was due");
        assertThat(prep.path("evidence")
                        .valueStream()
                        .map(e -> tuple(
                                e.path("sessionId").asString(), e.path("fact").asString()))
                        .toList())
                .containsExactly(tuple("s5", "prep form LATE"), tuple("s7", "prep form MISSED"));
        assertThat(rule(rules, "NO_PROGRESS").path("sentence").asString())
                .isEqualTo("coachee-1's sessions ended NOT_ACHIEVED in 2 of the last 3");
        JsonNode offTopic = rule(rules, "OFF_AGREED_TOPIC");
        assertThat(round(offTopic.path("value"))).isEqualTo(0.749);
        assertThat(offTopic.path("threshold").asDouble()).isEqualTo(0.70);
        JsonNode stalled = rule(rules, "STALLED");
        assertThat(stalled.path("value").asDouble()).isEqualTo(14.0);
        assertThat(stalled.path("threshold").asDouble()).isEqualTo(28.0);
    }

    @Test
    void watchesCoachOneWithItsValues() {
        JsonNode rules = supervisor()
                .get(BASE + "/attention/coach/" + COACH + "?" + AS_OF)
                .json()
                .path("rules");

        assertThat(rules.valueStream()
                        .map(r -> tuple(
                                r.path("rule").asString(), r.path("status").asString()))
                        .toList())
                .containsExactly(
                        tuple("SILENT_DRIFT", "WATCHING"),
                        tuple("CONTRACTING_GAPS", "WATCHING"),
                        tuple("AGREEMENT_SLOWER", "NOT_ENOUGH_SESSIONS"));
        assertThat(round(rule(rules, "SILENT_DRIFT").path("value"))).isEqualTo(0.231);
        assertThat(rule(rules, "SILENT_DRIFT").path("sentence").asString())
                .isEqualTo("3 of coach-1's 13 sidetracks in the last 6 sessions were never re-contracted");
        assertThat(rule(rules, "CONTRACTING_GAPS").path("values").path("k").asDouble())
                .isEqualTo(0.0);
    }

    @Test
    void listsCoacheeOneWithTheFourFlagsAndNotCoachOne() {
        JsonNode entries =
                supervisor().get(BASE + "/attention?acknowledged=any&" + AS_OF).json();

        assertThat(entries.valueStream()
                        .map(e -> e.path("subjectId").asString())
                        .toList())
                .containsExactly(CLIENT);
        JsonNode entry = entries.get(0);
        assertThat(entry.path("subjectType").asString()).isEqualTo("client");
        assertThat(entry.path("coachIds").valueStream().map(JsonNode::asString).toList())
                .containsExactly(COACH);
        assertThat(entry.path("flags")
                        .valueStream()
                        .map(f -> f.path("rule").asString())
                        .toList())
                .containsExactly("SIDETRACKS_RISING", "PARKED_TOPIC_RETURNS", "PREP_NOT_ON_TIME", "NO_PROGRESS");
        assertThat(supervisor()
                        .get(BASE + "/attention?subjectType=coach&" + AS_OF)
                        .json())
                .isEmpty();
        assertThat(supervisor().get(BASE + "/attention?rule=BOGUS").status()).isEqualTo(400);
    }

    @Test
    void anAcknowledgementHidesTheFlagKeepsWhoAndWhenAndOutlivesARebuild() {
        Api admin = TrendsFixture.orgAdmin(port);
        admin.delete(SIDETRACKS + "/acknowledgement");

        Api.Response put = admin.put(SIDETRACKS + "/acknowledgement", "{\"note\":\"talked to coach-1\"}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(admin.put(SIDETRACKS + "/feedback", "{\"useful\":true}").status())
                .isEqualTo(200);

        assertThat(flags(admin.get(BASE + "/attention?" + AS_OF).json()))
                .containsExactly("PARKED_TOPIC_RETURNS", "PREP_NOT_ON_TIME", "NO_PROGRESS");
        rebuild();
        JsonNode acknowledged =
                admin.get(BASE + "/attention?acknowledged=true&" + AS_OF).json();
        assertThat(flags(acknowledged)).containsExactly("SIDETRACKS_RISING");
        JsonNode flag = acknowledged.get(0).path("flags").get(0);
        assertThat(flag.path("acknowledgement").path("note").asString()).isEqualTo("talked to coach-1");
        assertThat(flag.path("acknowledgement").path("by").asString()).isNotBlank();
        assertThat(flag.path("acknowledgement").path("at").isNull()).isFalse();
        assertThat(flag.path("feedback").path("useful").asBoolean()).isTrue();

        assertThat(admin.delete(SIDETRACKS + "/acknowledgement").status()).isEqualTo(204);
        assertThat(flags(admin.get(BASE + "/attention?" + AS_OF).json())).contains("SIDETRACKS_RISING");
        assertThat(admin.put(CLIENT_PATH + "/OFF_AGREED_TOPIC/acknowledgement", "{}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void answersAnETagAnd304() {
        Api.Response first = supervisor().get(CLIENT_PATH + "?" + AS_OF);
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(supervisor()
                        .get(CLIENT_PATH + "?" + AS_OF, "If-None-Match", first.header("ETag"))
                        .status())
                .isEqualTo(304);
    }

    @Test
    void answersEachRoleAsTheRoleTableSays() {
        Api coach = new Api(port).as(ISSUER.coach(ORG, COACH));
        Api otherCoach = new Api(port).as(ISSUER.coach(ORG, "coach-other"));
        assertThat(coach.get(CLIENT_PATH + "?" + AS_OF).status()).isEqualTo(200);
        assertThat(flags(coach.get(BASE + "/attention?" + AS_OF).json())).contains("NO_PROGRESS");
        assertThat(coach.put(SIDETRACKS + "/feedback", "{\"useful\":false}").status())
                .isEqualTo(403);
        assertThat(coach.delete(SIDETRACKS + "/acknowledgement").status()).isEqualTo(403);
        assertThat(otherCoach.get(CLIENT_PATH).status()).isEqualTo(404);
        assertThat(otherCoach.get(BASE + "/attention?" + AS_OF).json()).isEmpty();
        assertThat(new Api(port).as(ISSUER.client(ORG, CLIENT)).get(CLIENT_PATH).status())
                .isEqualTo(403);
        assertThat(new Api(port)
                        .as(ISSUER.orgAdmin("other-org"))
                        .get(BASE + "/attention")
                        .status())
                .isEqualTo(403);
        assertThat(supervisor().get(BASE + "/attention/team/x").status()).isEqualTo(400);
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

    private static List<String> flags(JsonNode entries) {
        return entries.valueStream()
                .filter(e -> e.path("subjectId").asString().equals(CLIENT))
                .flatMap(e -> e.path("flags").valueStream())
                .map(f -> f.path("rule").asString())
                .toList();
    }

    private static JsonNode rule(JsonNode rules, String name) {
        return rules.valueStream()
                .filter(r -> r.path("rule").asString().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Instant since(JsonNode rule) {
        return rule.path("since").isNull()
                ? null
                : Instant.parse(rule.path("since").asString());
    }

    private static Instant sessionAt(String date) {
        return TrendsExampleMother.local(date + "T10:00");
    }

    private static Double round(JsonNode value) {
        return BigDecimal.valueOf(value.asDouble())
                .setScale(3, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
