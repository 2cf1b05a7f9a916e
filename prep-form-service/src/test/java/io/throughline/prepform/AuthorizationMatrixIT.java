package io.throughline.prepform;

import static io.throughline.platform.testing.AuthorizationMatrix.A;
import static io.throughline.platform.testing.AuthorizationMatrix.F;
import static io.throughline.platform.testing.AuthorizationMatrix.N;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.testing.AuthorizationMatrix;
import io.throughline.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * API.md's role table for prep forms, every operation of the OpenAPI document × every caller. The fixture: coach
 * C's sessions with client K, scheduled on Kafka; one form requested, one submitted. A coach reads a form of
 * their session only once it is submitted, so the submitted form is the one whose rows tell coach and other
 * coach apart; the requested one shows that even the session's own coach does not see it before.
 */
@PrepFormServiceIT
class AuthorizationMatrixIT {

    private static final String FORMS = "/api/v1/orgs/{orgId}/prep-forms";
    private static final String FORM = FORMS + "/{prepFormId}";

    private static KafkaTopics kafka;

    @LocalServerPort
    int port;

    @BeforeAll
    static void connect(TestInfrastructure infrastructure) {
        kafka = new KafkaTopics(infrastructure.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void followsTheRoleTableForASubmittedForm() {
        SessionScenario requested = SessionScenario.fresh("matrix");
        SessionScenario submitted = requested.nextSession();
        FormFixtures fixtures = new FormFixtures(new Api(port), kafka);
        fixtures.requested(requested);
        fixtures.submitted(submitted);

        run(matrix(submitted)
                //                                          client coach other supervisor org-admin
                .row("GET " + FORMS, A, A, A, F, A)
                .row("POST " + FORMS, A, F, F, F, A)
                .row("GET " + FORM, A, A, N, F, A)
                .row("PUT " + FORM + "/answers", A, F, F, F, A)
                .row("POST " + FORM + "/submit", A, F, F, F, A));
    }

    @Test
    void showsTheSessionsCoachNoFormBeforeItIsSubmitted() {
        SessionScenario requested = SessionScenario.fresh("matrix-requested");
        new FormFixtures(new Api(port), kafka).requested(requested);

        run(matrix(requested)
                //                                          client coach other supervisor org-admin
                .row("GET " + FORMS, A, A, A, F, A)
                .row("POST " + FORMS, A, F, F, F, A)
                .row("GET " + FORM, A, N, N, F, A)
                .row("PUT " + FORM + "/answers", A, F, F, F, A)
                .row("POST " + FORM + "/submit", A, F, F, F, A));
    }

    private AuthorizationMatrix matrix(SessionScenario session) {
        String own = "{\"prepFormId\":\"matrix-own\",\"clientId\":\"" + session.clientId() + "\",\"answers\":{}}";
        return new AuthorizationMatrix(
                        "http://127.0.0.1:" + port, session.orgId(), session.clientId(), session.coachId())
                .pathValue("prepFormId", session.prepFormId())
                .bodies(operation -> switch (operation) {
                    case "POST " + FORMS -> own;
                    case "PUT " + FORM + "/answers" -> "{\"answers\":{\"wins\":\"From the matrix\"}}";
                    default -> "{}";
                });
    }

    private static void run(AuthorizationMatrix matrix) {
        long started = System.nanoTime();
        AuthorizationMatrix.Result result = matrix.run();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println(result.table());
        System.out.printf(
                "Authorization matrix: %d operations, %d requests, %d ms%n",
                result.operations(), result.requests(), millis);
        assertThat(result.operations()).isEqualTo(5);
        assertThat(result.problems()).isEmpty();
    }
}
