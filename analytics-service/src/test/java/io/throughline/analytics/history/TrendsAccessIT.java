package io.throughline.analytics.history;

import static io.throughline.analytics.TrendsExampleMother.CLIENT;
import static io.throughline.analytics.TrendsExampleMother.COACH;
import static io.throughline.analytics.history.TrendsFixture.BASE;
import static io.throughline.analytics.history.TrendsFixture.ORG;
import static io.throughline.analytics.history.TrendsFixture.WEEKLY;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.analytics.Api;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.TestIssuer;
import io.throughline.platform.testing.WithInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who may read the worked example's trends and sessions, who may change the settings, and what is a 400. */
@WithInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // The same as AnalyticsServiceIT's, so all run in one application context.
            "throughline.analytics.database=analytics-service-it",
            "throughline.analytics.projection.consumer-group=analytics-service-it",
            "throughline.analytics.projection.poll-timeout=100ms"
        })
class TrendsAccessIT {

    private static final TestIssuer ISSUER = TestIssuer.get();

    @LocalServerPort
    private int port;

    @BeforeEach
    void workedExample(TestInfrastructure infrastructure) throws Exception {
        TrendsFixture.publishOnce(infrastructure, port);
    }

    @Test
    void letsEachRoleReadTheTrendsAndSessionsAPIdotMdGivesIt() {
        String client = BASE + "/clients/" + CLIENT;
        String coach = BASE + "/coaches/" + COACH;
        String clientToken = ISSUER.client(ORG, CLIENT);
        String coachToken = ISSUER.coach(ORG, COACH);
        String otherCoach = ISSUER.coach(ORG, "coach-other");
        String supervisor = ISSUER.supervisor(ORG);

        assertThat(status(clientToken, client + WEEKLY)).isEqualTo(200);
        assertThat(status(clientToken, client + "/sessions")).isEqualTo(200);
        assertThat(status(ISSUER.client(ORG, "coachee-other"), client + WEEKLY)).isEqualTo(404);
        assertThat(status(clientToken, coach + WEEKLY)).isEqualTo(403);
        assertThat(status(clientToken, BASE + WEEKLY)).isEqualTo(403);

        assertThat(status(coachToken, coach + WEEKLY)).isEqualTo(200);
        assertThat(status(coachToken, client + WEEKLY)).isEqualTo(200);
        assertThat(status(coachToken, coach + "/sessions")).isEqualTo(200);
        assertThat(status(coachToken, BASE + WEEKLY)).isEqualTo(403);
        assertThat(status(otherCoach, client + WEEKLY)).isEqualTo(404);
        assertThat(status(otherCoach, coach + WEEKLY)).isEqualTo(404);
        assertThat(status(otherCoach, client + "/sessions")).isEqualTo(404);

        assertThat(status(supervisor, BASE + WEEKLY)).isEqualTo(200);
        assertThat(status(supervisor, client + WEEKLY)).isEqualTo(200);
        assertThat(status(ISSUER.orgAdmin("other-org"), client + WEEKLY)).isEqualTo(403);
        assertThat(status(supervisor, BASE + "/clients/nobody" + WEEKLY)).isEqualTo(404);
        assertThat(status(supervisor, BASE + "/coaches/nobody/sessions")).isEqualTo(404);
    }

    @Test
    void letsTheOrgAdminWriteTheSettingsAndTheSupervisorReadThem() {
        String settings = BASE + "/analytics-settings";
        Api supervisor = new Api(port).as(ISSUER.supervisor(ORG));

        assertThat(supervisor.put(settings, "{\"timeZone\":\"UTC\"}").status()).isEqualTo(403);
        assertThat(new Api(port).as(ISSUER.coach(ORG, COACH)).get(settings).status())
                .isEqualTo(403);
        assertThat(new Api(port).as(ISSUER.client(ORG, CLIENT)).get(settings).status())
                .isEqualTo(403);
        TrendsFixture.zone(port, "Europe/Amsterdam");
        JsonNode read = supervisor.get(settings).json();
        assertThat(read.path("timeZone").asString()).isEqualTo("Europe/Amsterdam");
        assertThat(read.path("updatedBy").asString()).isNotBlank();
        assertThat(read.path("updatedAt").asString()).isNotBlank();

        Api.Response invalid = TrendsFixture.orgAdmin(port).put(settings, "{\"timeZone\":\"Mars/Olympus\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().path("errors").get(0).path("field").asString())
                .isEqualTo("timeZone");
        assertThat(TrendsFixture.orgAdmin(port).put(settings, "{}").status()).isEqualTo(400);
        assertThat(supervisor.get(settings).json().path("timeZone").asString()).isEqualTo("Europe/Amsterdam");
        Api unconfigured = new Api(port).as(ISSUER.supervisor("never-configured"));
        JsonNode defaults = unconfigured
                .get("/api/v1/orgs/never-configured/analytics-settings")
                .json();
        assertThat(defaults.path("timeZone").asString()).isEqualTo("UTC");
        assertThat(defaults.path("updatedBy").isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/trends?period=year | period",
                "/trends?from=2025-13-01 | from",
                "/trends?to=yesterday | to",
                "/trends?rolling=0 | rolling",
                "/trends?rolling=13 | rolling",
                "/trends?rolling=two | rolling",
                "/trends?asOf=2025-12-29 | asOf",
                "/trends?period=week&from=2023-01-02&to=2025-01-06 | to",
                "/trends?period=month&from=2023-01-01&to=2026-02-01 | to",
                "/trends?from=2025-12-29&to=2025-11-03 | to",
                "/sessions?status=FINISHED | status",
                "/sessions?from=2025-02-30 | from",
                "/sessions?size=0 | size",
            })
    void answers400NamingTheParameter(String query, String field) {
        Api.Response response = new Api(port).get(BASE + "/clients/" + CLIENT + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors"))
                .extracting(error -> error.path("field").asString())
                .containsExactly(field);
    }

    @Test
    void acceptsTheLongestRanges() {
        assertThat(status(ISSUER.platform(), BASE + "/trends?period=week&from=2023-01-02&to=2024-12-30"))
                .isEqualTo(200);
        assertThat(status(ISSUER.platform(), BASE + "/trends?period=month&from=2023-01-01&to=2026-01-01"))
                .isEqualTo(200);
    }

    private int status(String token, String path) {
        return new Api(port).as(token).get(path).status();
    }
}
