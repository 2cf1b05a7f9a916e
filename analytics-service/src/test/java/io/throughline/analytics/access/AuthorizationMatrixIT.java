package io.throughline.analytics.access;

import static io.throughline.analytics.AnalyticsMother.ARTICLE_SESSION;
import static io.throughline.analytics.AnalyticsMother.CLIENT;
import static io.throughline.analytics.AnalyticsMother.COACH;
import static io.throughline.platform.testing.AuthorizationMatrix.A;
import static io.throughline.platform.testing.AuthorizationMatrix.F;
import static io.throughline.platform.testing.AuthorizationMatrix.N;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.Api;
import io.throughline.analytics.ContractTopics;
import io.throughline.platform.testing.AuthorizationMatrix;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * API.md's role table against the running service: every operation of its OpenAPI document × every kind of caller.
 * The fixture is one session of {@link AnalyticsMother#CLIENT} with {@link AnalyticsMother#COACH}, published on the
 * real topics; the other coach has met nobody.
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
class AuthorizationMatrixIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String REBUILD = "/api/v1/admin/projections/rebuild";

    @LocalServerPort
    private int port;

    @Test
    void everyOperationAnswersEachCallerAsTheRoleTableSays(TestInfrastructure infrastructure) throws Exception {
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        try (ContractTopics topics = new ContractTopics(infrastructure.kafkaBootstrapServers())) {
            topics.publish(AnalyticsMother.articleSession(org).events());
        }
        Api api = new Api(port);
        await().atMost(PATIENCE)
                .until(() -> api.get("/api/v1/orgs/" + org + "/sessions/" + ARTICLE_SESSION + "/timeline")
                                        .status()
                                == 200
                        && api.get("/api/v1/orgs/" + org + "/coaches/" + COACH + "/patterns")
                                        .status()
                                == 200);

        long started = System.nanoTime();
        AuthorizationMatrix.Result result = new AuthorizationMatrix("http://127.0.0.1:" + port, org, CLIENT, COACH)
                .pathValue("clientId", CLIENT)
                .pathValue("coachId", COACH)
                .pathValue("sessionId", ARTICLE_SESSION)
                .pathValue("subjectType", "client")
                .pathValue("subjectId", CLIENT)
                .pathValue("rule", "SIDETRACKS_RISING")
                .bodies(operation -> operation.contains("/analytics-settings")
                        ? "{\"rules\":{\"OFF_AGREED_TOPIC\":{\"raiseBelow\":0.75},\"NO_PROGRESS\":{\"enabled\":false}}}"
                        : "{}")
                //   operation                                                    client coach other supervisor
                // org-admin
                .row("GET /api/v1/orgs/{orgId}/clients/{clientId}/patterns", A, A, N, A, A)
                .row("GET /api/v1/orgs/{orgId}/coaches/{coachId}/patterns", F, A, N, A, A)
                .row("GET /api/v1/orgs/{orgId}/overview", F, F, F, A, A)
                .row("GET /api/v1/orgs/{orgId}/sessions/{sessionId}/timeline", A, A, N, A, A)
                .row("GET /api/v1/orgs/{orgId}/clients/{clientId}/trends", A, A, N, A, A)
                .row("GET /api/v1/orgs/{orgId}/coaches/{coachId}/trends", F, A, N, A, A)
                .row("GET /api/v1/orgs/{orgId}/trends", F, F, F, A, A)
                .row("GET /api/v1/orgs/{orgId}/clients/{clientId}/sessions", A, A, N, A, A)
                .row("GET /api/v1/orgs/{orgId}/coaches/{coachId}/sessions", F, A, N, A, A)
                .row("GET /api/v1/orgs/{orgId}/analytics-settings", F, F, F, A, A)
                // PUT and the preview send a change of thresholds (the bodies above): 200 where let through.
                .row("PUT /api/v1/orgs/{orgId}/analytics-settings", F, F, F, F, A)
                .row("POST /api/v1/orgs/{orgId}/analytics-settings/preview", F, F, F, A, A)
                .row("GET /api/v1/orgs/{orgId}/attention", F, A, A, A, A)
                .row("GET /api/v1/orgs/{orgId}/attention/{subjectType}/{subjectId}", F, A, N, A, A)
                // A flag not raised answers 409, {} without useful 400: through to the endpoint.
                .row(
                        "PUT /api/v1/orgs/{orgId}/attention/{subjectType}/{subjectId}/{rule}/acknowledgement",
                        F,
                        F,
                        F,
                        A,
                        A)
                .row(
                        "DELETE /api/v1/orgs/{orgId}/attention/{subjectType}/{subjectId}/{rule}/acknowledgement",
                        F,
                        F,
                        F,
                        A,
                        A)
                .row("PUT /api/v1/orgs/{orgId}/attention/{subjectType}/{subjectId}/{rule}/feedback", F, F, F, A, A)
                .row("GET " + REBUILD, F, F, F, F, F)
                .row("POST " + REBUILD, F, F, F, F, F)
                .run();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        System.out.println("[authorization-matrix] " + result.operations() + " operations, " + result.requests()
                + " requests in " + took.toMillis() + " ms\n" + result.table());
        // The platform's POST started a rebuild: let it finish before other tests of this context start one.
        await().atMost(PATIENCE)
                .until(() -> !api.get(REBUILD).json().path("state").asString().equals("RUNNING"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.operations()).isEqualTo(19);
    }
}
