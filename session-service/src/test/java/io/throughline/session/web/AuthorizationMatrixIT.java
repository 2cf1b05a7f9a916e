package io.throughline.session.web;

import static io.throughline.platform.testing.AuthorizationMatrix.A;
import static io.throughline.platform.testing.AuthorizationMatrix.F;
import static io.throughline.platform.testing.AuthorizationMatrix.N;
import static io.throughline.session.SessionApi.scheduleBody;
import static io.throughline.session.SessionApi.sessions;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.testing.AuthorizationMatrix;
import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * API.md's role table for session-service, request by request: every operation of the OpenAPI document × every
 * caller, on a session of the fixture's coach with the fixture's client. {@code OTHER_COACH} is a coach of the same
 * organisation who does not hold it.
 */
@RunningService
class AuthorizationMatrixIT {

    private static final String SESSIONS = "/api/v1/orgs/{orgId}/sessions";
    private static final String SESSION = SESSIONS + "/{sessionId}";

    @LocalServerPort
    int port;

    @Test
    void everyCallerGetsWhatTheRoleTableAndOwnershipGive() {
        String org = "matrix-" + UUID.randomUUID();
        String client = "matrix-client";
        String coach = "matrix-coach";
        SessionApi api = new SessionApi(port);
        Map<String, Object> fixture = scheduleBody("matrix-session", client);
        fixture.put("coachId", coach);
        assertThat(api.post(sessions(org), fixture).status()).isEqualTo(201);
        Map<String, Object> scheduled = scheduleBody("matrix-scheduled", client);
        scheduled.put("coachId", coach);
        String schedule = SessionApi.JSON.writeValueAsString(scheduled);

        AuthorizationMatrix matrix = new AuthorizationMatrix("http://localhost:" + port, org, client, coach)
                .pathValue("sessionId", "matrix-session")
                .pathValue("shiftId", "matrix-shift")
                .bodies(operation -> operation.equals("POST " + SESSIONS) ? schedule : "{}")
                //                                      client coach other  super  admin
                .row("POST " + SESSIONS, F, A, F, F, A)
                .row("GET " + SESSIONS, A, A, A, A, A)
                .row("GET " + SESSION, A, A, N, A, A)
                .row("GET " + SESSION + "/events", A, A, N, A, A)
                .row("POST " + SESSION + "/start", F, A, N, F, A)
                .row("POST " + SESSION + "/check-in", F, A, N, F, A)
                .row("POST " + SESSION + "/agreement", F, A, N, F, A)
                .row("POST " + SESSION + "/topic-shifts", F, A, N, F, A)
                .row("POST " + SESSION + "/topic-shifts/{shiftId}/re-contract", F, A, N, F, A)
                .row("POST " + SESSION + "/pieces", F, A, N, F, A)
                .row("POST " + SESSION + "/end", F, A, N, F, A)
                .row("POST " + SESSION + "/cancel", F, A, N, F, A);

        long started = System.nanoTime();
        AuthorizationMatrix.Result result = matrix.run();
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.println(result.table());
        System.out.printf(
                "authorization matrix: %d operations, %d requests, %d ms%n",
                result.operations(), result.requests(), millis);
        assertThat(result.problems()).isEmpty();
        assertThat(result.operations()).isEqualTo(12);
    }
}
