package io.throughline.analytics.history;

import static io.throughline.analytics.TrendsExampleMother.CLIENT;
import static io.throughline.analytics.TrendsExampleMother.COACH;
import static io.throughline.analytics.TrendsExampleMother.S7_LOGGED;
import static io.throughline.analytics.history.TrendsFixture.BASE;
import static io.throughline.analytics.history.TrendsFixture.WEEKLY;
import static io.throughline.analytics.history.TrendsFixture.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.throughline.analytics.Api;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** METRICS.md's worked example of trends over HTTP: the events on the real topics, the answers read back. */
@WithInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // The same as AnalyticsServiceIT's, so all run in one application context.
            "throughline.analytics.database=analytics-service-it",
            "throughline.analytics.projection.consumer-group=analytics-service-it",
            "throughline.analytics.projection.poll-timeout=100ms"
        })
class TrendsIT {

    /** week, ended, cancelled, shifts, sidetrackFrequency, rolling 4, share, rolling 4, minutes, due, on time, R, A, C, U. */
    private static final Object[][] WEEKS = {
        {"2025-W45", 1, 0, 2, 2.0, 2.0, 0.912, 0.912, 3.0, 1, 1, 1, 0, 1, 0},
        {"2025-W46", 1, 0, 1, 1.0, 1.5, 0.927, 0.920, 5.0, 1, 1, 1, 0, 0, 0},
        {"2025-W47", 0, 1, 0, null, 1.5, null, 0.920, null, 0, 0, 0, 0, 0, 0},
        {"2025-W48", 1, 0, 2, 2.0, 1.667, 0.464, 0.768, 4.0, 1, 0, 1, 0, 0, 1},
        {"2025-W49", 1, 0, 3, 3.0, 2.0, 0.815, 0.735, 6.0, 1, 0, 1, 1, 1, 0},
        {"2025-W50", 1, 0, 2, 2.0, 2.333, 0.965, 0.748, 3.0, 1, 1, 1, 0, 1, 0},
        {"2025-W51", 1, 0, 3, 3.0, 2.5, 0.468, 0.678, 3.0, 1, 0, 1, 0, 0, 2},
        {"2025-W52", 0, 0, 0, null, 2.667, null, 0.749, null, 0, 0, 0, 0, 0, 0},
    };

    @LocalServerPort
    private int port;

    @BeforeEach
    void workedExample(TestInfrastructure infrastructure) throws Exception {
        TrendsFixture.publishOnce(infrastructure, port);
        TrendsFixture.zone(port, "Europe/Amsterdam");
    }

    @Test
    void answersTheWeeklyTableOfTheWorkedExample() {
        JsonNode answer = api().get(BASE + "/clients/" + CLIENT + WEEKLY).json();

        assertThat(answer.path("subjectType").asString()).isEqualTo("client");
        assertThat(answer.path("timeZone").asString()).isEqualTo("Europe/Amsterdam");
        assertThat(answer.path("period").asString()).isEqualTo("week");
        assertThat(answer.path("from").asString()).isEqualTo("2025-11-03");
        assertThat(answer.path("to").asString()).isEqualTo("2025-12-29");
        assertThat(answer.path("rolling").asInt()).isEqualTo(4);
        List<Object[]> rows = new ArrayList<>();
        for (JsonNode point : answer.path("points")) {
            JsonNode outcomes = point.path("reContractOutcomes");
            rows.add(new Object[] {
                point.path("period").asString(),
                point.path("sessionsEnded").asInt(),
                point.path("sessionsCancelled").asInt(),
                point.path("topicShifts").asInt(),
                round(point.path("sidetrackFrequency")),
                round(point.path("rolling").path("sidetrackFrequency")),
                round(point.path("onAgreedTopicShare")),
                round(point.path("rolling").path("onAgreedTopicShare")),
                round(point.path("avgMinutesToAgreement")),
                point.path("prepForms").path("due").asInt(),
                point.path("prepForms").path("onTime").asInt(),
                outcomes.path("RETURN_TO_AGREED").asInt(),
                outcomes.path("ADOPT_NEW_TOPIC").asInt(),
                outcomes.path("CONNECTED_TO_AGREED").asInt(),
                outcomes.path("UNRESOLVED").asInt()
            });
        }
        assertThat(rows).containsExactly(WEEKS);
        assertThat(answer.path("points"))
                .extracting(point -> point.path("revisedAt").isNull()
                        ? null
                        : point.path("revisedAt").asString())
                .containsExactly(null, null, null, null, null, null, S7_LOGGED.toString(), null);
        assertThat(answer.path("points"))
                .extracting(point -> point.path("partial").asBoolean())
                .containsOnly(false);
        assertThat(answer.path("prepFormStreaks").toString())
                .isEqualTo("{\"currentOnTime\":0,\"currentNotOnTime\":1,\"longestOnTime\":2}");
        assertThat(answer.path("risingSidetrackTopics"))
                .extracting(topic -> topic.path("topic").asString())
                .containsExactly("budget");
    }

    @Test
    void cutsTheWeeksInTheOrganisationsZoneFromItsSettings() {
        TrendsFixture.zone(port, "UTC");
        JsonNode points = api().get(BASE + "/clients/" + CLIENT + WEEKLY).json().path("points");
        TrendsFixture.zone(port, "Europe/Amsterdam");

        JsonNode w49 = points.get(4);
        assertThat(w49.path("sessionsEnded").asInt()).isEqualTo(2);
        assertThat(w49.path("topicShifts").asInt()).isEqualTo(5);
        assertThat(round(w49.path("sidetrackFrequency"))).isEqualTo(2.5);
        assertThat(round(w49.path("onAgreedTopicShare"))).isEqualTo(0.890);
        assertThat(points.get(5).path("sessionsEnded").asInt()).isZero();
        assertThat(points.get(5).path("sidetrackFrequency").isNull()).isTrue();
    }

    @Test
    void answersMonthsTheOrganisationAndTheCoachWithTheSameFigures() {
        String months = "/trends?period=month&from=2025-11-01&to=2026-01-01&asOf=2025-12-29T00:00:00%2B01:00";
        JsonNode november = api().get(BASE + "/clients/" + CLIENT + months)
                .json()
                .path("points")
                .get(0);
        assertThat(november.path("period").asString()).isEqualTo("2025-11");
        assertThat(november.path("sessionsEnded").asInt()).isEqualTo(3);
        assertThat(november.path("sessionsCancelled").asInt()).isEqualTo(1);
        assertThat(round(november.path("sidetrackFrequency"))).isEqualTo(1.667);
        assertThat(round(november.path("prepForms").path("completionRate"))).isEqualTo(0.667);
        assertThat(november.path("progress").toString()).isEqualTo("{\"ACHIEVED\":2,\"PARTLY\":1,\"NOT_ACHIEVED\":0}");
        assertThat(november.path("rolling").isNull()).isTrue();

        JsonNode client = api().get(BASE + "/clients/" + CLIENT + WEEKLY).json();
        JsonNode coach = api().get(BASE + "/coaches/" + COACH + WEEKLY).json();
        JsonNode organisation = api().get(BASE + WEEKLY).json();
        assertThat(coach.path("subjectType").asString()).isEqualTo("coach");
        assertThat(coach.path("points").toString())
                .isEqualTo(client.path("points")
                        .toString()
                        .replace("/clients/" + CLIENT + "/", "/coaches/" + COACH + "/"));
        assertThat(organisation.path("subjectType").asString()).isEqualTo("organisation");
        assertThat(organisation.path("points").get(4).path("sessionsEnded").asInt())
                .isEqualTo(1);
        assertThat(organisation.path("points").get(4).path("sessions").isNull()).isTrue();
        // Organisation-wide a rising topic needs 3 clients; this organisation has one.
        assertThat(organisation.path("risingSidetrackTopics")).isEmpty();
    }

    @Test
    void answersAnETagAnd304UntilTheAnswerChanges() {
        Api.Response first = api().get(BASE + "/clients/" + CLIENT + WEEKLY);
        String etag = first.header("ETag");

        assertThat(etag).isNotBlank();
        assertThat(api().get(BASE + "/clients/" + CLIENT + WEEKLY, "If-None-Match", etag)
                        .status())
                .isEqualTo(304);
        TrendsFixture.zone(port, "UTC");
        Api.Response moved = api().get(BASE + "/clients/" + CLIENT + WEEKLY, "If-None-Match", etag);
        TrendsFixture.zone(port, "Europe/Amsterdam");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void linksEachPointToTheSessionsBehindIt() {
        JsonNode w49 = api().get(BASE + "/clients/" + CLIENT + WEEKLY)
                .json()
                .path("points")
                .get(4);
        String link = w49.path("sessions").asString();
        assertThat(link).isEqualTo(BASE + "/clients/" + CLIENT + "/sessions?from=2025-12-01&to=2025-12-08");

        JsonNode behind = api().get(link).json();
        assertThat(behind.path("sessions")).hasSize(1);
        JsonNode s5 = behind.path("sessions").get(0);
        assertThat(s5.path("sessionId").asString()).isEqualTo("s5");
        assertThat(s5.path("clientId").asString()).isEqualTo(CLIENT);
        assertThat(s5.path("coachId").asString()).isEqualTo(COACH);
        assertThat(s5.path("prepForm").asString()).isEqualTo("LATE");
        assertThat(s5.path("shifts"))
                .extracting(shift -> shift.path("topic").asString() + " "
                        + shift.path("outcome").asString())
                .containsExactly("boss ADOPT_NEW_TOPIC", "team offsite CONNECTED_TO_AGREED", "budget RETURN_TO_AGREED");

        JsonNode budget = api().get(BASE + "/coaches/" + COACH + "/sessions?topic=%20Budget&size=1")
                .json();
        assertThat(budget.path("sessions").get(0).path("sessionId").asString()).isEqualTo("s7");
        assertThat(budget.path("sessionsPage").path("totalElements").asInt()).isEqualTo(2);
        assertThat(api().get(BASE + "/clients/" + CLIENT + "/sessions?status=CANCELLED")
                        .json()
                        .path("sessions"))
                .extracting(session -> session.path("sessionId").asString())
                .containsExactly("s3");
    }

    @Test
    void givesTheSameTrendsRevisedAtIncludedAfterARebuild() {
        String rebuild = "/api/v1/admin/projections/rebuild";
        String before = api().get(BASE + "/clients/" + CLIENT + WEEKLY).body();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !api().get(rebuild).json().path("state").asString().equals("RUNNING"));

        Api.Response started = api().post(rebuild);
        assertThat(started.status()).isEqualTo(202);
        String startedAt = started.json().path("startedAt").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode progress = api().get(rebuild).json();
            return progress.path("startedAt").asString().equals(startedAt)
                    && progress.path("state").asString().equals("COMPLETED");
        });
        assertThat(api().get(BASE + "/clients/" + CLIENT + WEEKLY).body()).isEqualTo(before);
    }

    private Api api() {
        return new Api(port);
    }
}
