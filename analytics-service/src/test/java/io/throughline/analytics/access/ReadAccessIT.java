package io.throughline.analytics.access;

import static io.throughline.analytics.AnalyticsMother.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.Api;
import io.throughline.analytics.ContractTopics;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.TestIssuer;
import io.throughline.platform.testing.WithInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ownership: a client sees themself, a coach sees themself and the clients they have had a session with, and what
 * someone may not see is a 404 with exactly the answer it gave before it existed. In one organisation: client
 * {@code K} with coach {@code C} (ended session {@code S}), client {@code K2} with coach {@code C2} (session
 * {@code S2}), published only after the not-found answers of {@code K2}, {@code C2} and {@code S2} were taken.
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
class ReadAccessIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final TestIssuer ISSUER = TestIssuer.get();
    private static final String ORG = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PATH = "/api/v1/orgs/" + ORG;
    private static final String K = "client-k";
    private static final String K2 = "client-k2";
    private static final String C = "coach-c";
    private static final String C2 = "coach-c2";
    private static final String S = "session-s";
    private static final String S2 = "session-s2";
    private static final List<String> OF_THE_SECOND_PAIR =
            List.of("/clients/" + K2 + "/patterns", "/coaches/" + C2 + "/patterns", "/sessions/" + S2 + "/timeline");

    private static final Map<String, Api.Response> beforeTheyExisted = new HashMap<>();

    @LocalServerPort
    private int port;

    @BeforeAll
    static void twoClientsEachWithTheirCoach(TestInfrastructure infrastructure, @LocalServerPort int port)
            throws Exception {
        Api supervisor = new Api(port).as(ISSUER.supervisor(ORG));
        try (ContractTopics topics = new ContractTopics(infrastructure.kafkaBootstrapServers())) {
            topics.publish(AnalyticsMother.session(ORG, K, C, S)
                    .scheduled(at("09:00"), at("10:00"))
                    .started(at("10:00"))
                    .contracted(at("10:02"), "Delegating")
                    .ended(at("11:00"), "ACHIEVED")
                    .events());
            await().atMost(PATIENCE)
                    .until(() -> supervisor
                                    .get(PATH + "/sessions/" + S + "/timeline")
                                    .status()
                            == 200);
            OF_THE_SECOND_PAIR.forEach(path -> beforeTheyExisted.put(path, supervisor.get(PATH + path)));
            topics.publish(AnalyticsMother.session(ORG, K2, C2, S2)
                    .scheduled(at("09:30"), Instant.parse("2026-11-30T10:00:00Z"))
                    .events());
        }
        await().atMost(PATIENCE)
                .until(() -> OF_THE_SECOND_PAIR.stream()
                        .allMatch(path -> supervisor.get(PATH + path).status() == 200));
    }

    @Test
    void whatACallerMayNotSeeIsTheNotFoundItWasBeforeItExisted() {
        assertThat(beforeTheyExisted.values()).extracting(Api.Response::status).containsOnly(404);
        assertHiddenFrom(api(ISSUER.client(ORG, K)), "/clients/" + K2 + "/patterns", "/sessions/" + S2 + "/timeline");
        assertHiddenFrom(api(ISSUER.coach(ORG, C)), OF_THE_SECOND_PAIR.toArray(String[]::new));
    }

    private static void assertHiddenFrom(Api caller, String... paths) {
        for (String path : paths) {
            Api.Response answer = caller.get(PATH + path);
            Api.Response before = beforeTheyExisted.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).isEqualTo(before.body());
            assertThat(answer.contentType()).as(path).isEqualTo(before.contentType());
        }
    }

    @Test
    void aClientSeesOnlyThemselfAndTheirOwnSessions() {
        Api client = api(ISSUER.client(ORG, K));

        assertThat(client.get(PATH + "/clients/" + K + "/patterns")
                        .json()
                        .path("clientId")
                        .asString())
                .isEqualTo(K);
        assertThat(client.get(PATH + "/sessions/" + S + "/timeline")
                        .json()
                        .path("clientId")
                        .asString())
                .isEqualTo(K);
        assertThat(client.get(PATH + "/clients/" + K2 + "/patterns").status()).isEqualTo(404);
        assertThat(client.get(PATH + "/sessions/" + S2 + "/timeline").status()).isEqualTo(404);
        Api.Response coachPatterns = client.get(PATH + "/coaches/" + C + "/patterns");
        assertThat(coachPatterns.status()).isEqualTo(403);
        assertThat(coachPatterns.contentType()).startsWith("application/problem+json");
        assertThat(client.get(PATH + "/overview").status()).isEqualTo(403);
        assertThat(client.head(PATH + "/overview").status())
                .as("HEAD is answered as GET: the same rules")
                .isEqualTo(403);
        assertThat(client.head(PATH + "/clients/" + K2 + "/patterns").status()).isEqualTo(404);
        assertThat(client.head(PATH + "/clients/" + K + "/patterns").status()).isEqualTo(200);
    }

    @Test
    void aCoachSeesThemselfAndTheClientsTheyHaveHadASessionWith() {
        Api coach = api(ISSUER.coach(ORG, C));

        assertThat(coach.get(PATH + "/coaches/" + C + "/patterns")
                        .json()
                        .path("clients")
                        .toString())
                .isEqualTo("[\"" + K + "\"]");
        assertThat(api(ISSUER.coach(ORG, C2))
                        .get(PATH + "/coaches/" + C2 + "/patterns")
                        .json()
                        .path("clients")
                        .toString())
                .isEqualTo("[\"" + K2 + "\"]");
        assertThat(coach.get(PATH + "/clients/" + K + "/patterns")
                        .json()
                        .path("sessions")
                        .get(0)
                        .path("sessionId")
                        .asString())
                .isEqualTo(S);
        assertThat(coach.get(PATH + "/sessions/" + S + "/timeline").status()).isEqualTo(200);
        assertThat(coach.get(PATH + "/coaches/" + C2 + "/patterns").status()).isEqualTo(404);
        assertThat(coach.get(PATH + "/clients/" + K2 + "/patterns").status()).isEqualTo(404);
        assertThat(coach.get(PATH + "/sessions/" + S2 + "/timeline").status()).isEqualTo(404);
        assertThat(coach.get(PATH + "/overview").status()).isEqualTo(403);
        assertThat(api(ISSUER.coach(ORG, "coach-nobody-met"))
                        .get(PATH + "/clients/" + K + "/patterns")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void supervisorsAndOrgAdminsSeeTheWholeOrganisationAndNoOther() {
        for (String token : List.of(ISSUER.supervisor(ORG), ISSUER.orgAdmin(ORG))) {
            Api api = api(token);
            assertThat(api.get(PATH + "/overview").json().path("clients"))
                    .extracting(row -> row.path("clientId").asString())
                    .containsExactly(K, K2);
            assertThat(api.get(PATH + "/coaches/" + C + "/patterns")
                            .json()
                            .path("clients")
                            .toString())
                    .isEqualTo("[\"" + K + "\"]");
            assertThat(api.get(PATH + "/sessions/" + S2 + "/timeline").status()).isEqualTo(200);
        }
        Api.Response elsewhere = api(ISSUER.supervisor("another-org")).get(PATH + "/overview");
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.json().path("detail").asString()).contains("another-org", ORG);
    }

    @Test
    void anInvisibleClientIsNotFoundWhateverTheRequestsParameters() {
        assertThat(api(ISSUER.coach(ORG, C))
                        .get(PATH + "/clients/" + K2 + "/patterns?size=1000")
                        .status())
                .isEqualTo(404);
        assertThat(api(ISSUER.client(ORG, K))
                        .get(PATH + "/clients/" + K2 + "/patterns?page=first")
                        .status())
                .isEqualTo(404);
        assertThat(api(ISSUER.supervisor(ORG))
                        .get(PATH + "/clients/" + K2 + "/patterns?size=1000")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void onlyPlatformRebuildsOrFollowsARebuild() {
        for (String token : List.of(ISSUER.orgAdmin(ORG), ISSUER.supervisor(ORG), ISSUER.coach(ORG, C))) {
            assertThat(api(token).post("/api/v1/admin/projections/rebuild").status())
                    .isEqualTo(403);
            assertThat(api(token).get("/api/v1/admin/projections/rebuild").status())
                    .isEqualTo(403);
            assertThat(api(token).head("/api/v1/admin/projections/rebuild").status())
                    .isEqualTo(403);
        }
        Api.Response anonymous = api(null).post("/api/v1/admin/projections/rebuild");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(new Api(port).get("/api/v1/admin/projections/rebuild").status())
                .isEqualTo(200);
    }

    @Test
    void answersCarryAnEtagAndA304ForAMatchingIfNoneMatchThoughNotStored() {
        Api client = api(ISSUER.client(ORG, K));
        Api.Response first = client.get(PATH + "/clients/" + K + "/patterns");
        String etag = first.header("ETag");

        assertThat(etag).matches("\"[0-9a-f]+\"");
        assertThat(first.header("Cache-Control")).isEqualTo("no-store");
        Api.Response again = client.get(PATH + "/clients/" + K + "/patterns", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(client.get(PATH + "/clients/" + K + "/patterns", "If-None-Match", "\"stale\"")
                        .status())
                .isEqualTo(200);
        assertThat(client.get(PATH + "/clients/" + K2 + "/patterns", "If-None-Match", etag)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void healthShowsItsComponentsToPlatformOnlyAndMetricsNeedPlatform() {
        assertThat(api(null).get("/actuator/health").json().has("components")).isFalse();
        assertThat(api(ISSUER.orgAdmin(ORG)).get("/actuator/health").json().has("components"))
                .isFalse();
        assertThat(new Api(port)
                        .get("/actuator/health")
                        .json()
                        .path("components")
                        .has("mongo"))
                .isTrue();
        assertThat(api(null).get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(api(ISSUER.supervisor(ORG)).get("/actuator/metrics").status())
                .isEqualTo(403);
        assertThat(new Api(port).get("/actuator/metrics").status()).isEqualTo(200);
    }

    private Api api(String token) {
        return new Api(port).as(token);
    }
}
