package io.throughline.session.web;

import static io.throughline.session.SessionApi.scheduleBody;
import static io.throughline.session.SessionApi.sessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.throughline.platform.testing.TestIssuer;
import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /sessions} holds only what the caller may see: a coach's list its own sessions, a client's its own,
 * whatever the query asks; a supervisor's and an org-admin's every session of the organisation.
 */
@RunningService
class SessionListAccessIT {

    private static final TestIssuer ISSUER = TestIssuer.get();

    @LocalServerPort
    int port;

    private SessionApi platform;
    private String org;

    /** Four sessions: coach A with clients 1 and 2, coach B with clients 1 and 3. */
    @BeforeEach
    void scheduleFourSessions() {
        platform = new SessionApi(port);
        org = "list-access-" + UUID.randomUUID();
        schedule("a1", "client-1", "coach-a", "2026-11-02T10:00:00Z");
        schedule("a2", "client-2", "coach-a", "2026-11-03T10:00:00Z");
        schedule("b1", "client-1", "coach-b", "2026-11-04T10:00:00Z");
        schedule("b3", "client-3", "coach-b", "2026-11-05T10:00:00Z");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> list(platform, "").path("total").asLong() == 4);
    }

    @Test
    void aCoachsListHoldsOnlyItsOwnSessions() {
        SessionApi coachA = platform.as(ISSUER.coach(org, "coach-a"));

        assertThat(ids(list(coachA, ""))).containsExactly("a2", "a1");
        assertThat(list(coachA, "").path("total").asLong()).isEqualTo(2);
        assertThat(ids(list(coachA, "?clientId=client-1"))).containsExactly("a1");
        assertThat(ids(list(coachA, "?clientId=client-3"))).isEmpty();
        JsonNode askingForAnother = list(coachA, "?coachId=coach-b");
        assertThat(ids(askingForAnother)).isEmpty();
        assertThat(askingForAnother.path("total").asLong()).isZero();
        assertThat(ids(list(coachA, "?coachId=coach-a"))).containsExactly("a2", "a1");
    }

    @Test
    void aClientsListHoldsOnlyItsOwnSessions() {
        SessionApi client1 = platform.as(ISSUER.client(org, "client-1"));

        assertThat(ids(list(client1, ""))).containsExactly("b1", "a1");
        assertThat(ids(list(client1, "?coachId=coach-b"))).containsExactly("b1");
        assertThat(list(client1, "?clientId=client-2").path("total").asLong()).isZero();
        assertThat(ids(list(platform.as(ISSUER.client(org, "client-9")), ""))).isEmpty();
    }

    @Test
    void supervisorsAndOrgAdminsSeeTheWholeOrganisation() {
        for (String token : List.of(ISSUER.supervisor(org), ISSUER.orgAdmin(org), ISSUER.platform())) {
            SessionApi reader = platform.as(token);
            assertThat(ids(list(reader, ""))).containsExactly("b3", "b1", "a2", "a1");
            assertThat(ids(list(reader, "?coachId=coach-b"))).containsExactly("b3", "b1");
        }
    }

    @Test
    void anotherOrganisationsCallerGetsNoList() {
        assertThat(platform.as(ISSUER.orgAdmin("not-" + org)).get(sessions(org)).status())
                .isEqualTo(403);
        assertThat(platform.as(null).get(sessions(org)).status()).isEqualTo(401);
    }

    private void schedule(String name, String client, String coach, String scheduledStart) {
        Map<String, Object> request = scheduleBody(name, client);
        request.put("coachId", coach);
        request.put("scheduledStart", scheduledStart);
        assertThat(platform.post(sessions(org), request).status()).isEqualTo(201);
    }

    private JsonNode list(SessionApi api, String query) {
        SessionApi.Answer answer = api.get(sessions(org) + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items")
                .valueStream()
                .map(item -> item.path("sessionId").asString())
                .toList();
    }
}
