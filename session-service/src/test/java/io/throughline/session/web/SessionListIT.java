package io.throughline.session.web;

import static io.throughline.session.SessionApi.body;
import static io.throughline.session.SessionApi.scheduleBody;
import static io.throughline.session.SessionApi.session;
import static io.throughline.session.SessionApi.sessions;
import static io.throughline.session.SessionMother.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import io.throughline.session.SessionApi.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code GET /sessions}: newest scheduled start first, filtered, paged; eventually consistent with the writes. */
@RunningService
class SessionListIT {

    private static final String ORG = "list-org";

    @LocalServerPort
    int port;

    private SessionApi api;

    @BeforeEach
    void connect() {
        api = new SessionApi(port);
    }

    @Test
    void listsAClientsSessionsNewestFirstInPages() {
        String client = "list-client-" + UUID.randomUUID();
        schedule("first", client, "coach-1", "2026-11-02T10:00:00Z");
        schedule("third", client, "coach-2", "2026-11-16T10:00:00Z");
        schedule("second", client, "coach-1", "2026-11-09T10:00:00Z");

        JsonNode all = awaitList("?clientId=" + client, 3);
        assertThat(ids(all)).containsExactly(client + "-third", client + "-second", client + "-first");
        assertThat(all.path("page").asInt()).isZero();
        assertThat(all.path("size").asInt()).isEqualTo(20);
        assertThat(all.path("total").asLong()).isEqualTo(3);

        JsonNode secondPage = api.get(sessions(ORG) + "?clientId=" + client + "&page=1&size=2")
                .json();
        assertThat(ids(secondPage)).containsExactly(client + "-first");
        assertThat(secondPage.path("page").asInt()).isEqualTo(1);
        assertThat(secondPage.path("size").asInt()).isEqualTo(2);
        assertThat(secondPage.path("total").asLong()).isEqualTo(3);

        JsonNode pastTheEnd = api.get(sessions(ORG) + "?clientId=" + client + "&page=5&size=2")
                .json();
        assertThat(ids(pastTheEnd)).isEmpty();
        assertThat(pastTheEnd.path("total").asLong()).isEqualTo(3);

        JsonNode byCoach = api.get(sessions(ORG) + "?clientId=" + client + "&coachId=coach-1")
                .json();
        assertThat(ids(byCoach)).containsExactly(client + "-second", client + "-first");
        assertThat(api.get(sessions("another-list-org") + "?clientId=" + client)
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
    }

    @Test
    void listsTheSameViewAsTheSessionOnceItCaughtUp() {
        String client = "list-client-" + UUID.randomUUID();
        String sessionId = schedule("caught-up", client, "coach-1", "2026-11-23T10:00:00Z");
        api.post(session(ORG, sessionId) + "/start", body("at", at("10:00")));
        JsonNode view = api.get(session(ORG, sessionId)).json();

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.get(sessions(ORG) + "?clientId=" + client)
                                .json()
                                .path("items")
                                .get(0))
                        .isEqualTo(view));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"page=-1", "page=first", "page=10001", "size=0", "size=101", "clientId=a%20b", "coachId=x!"})
    void anInvalidQueryIs400(String query) {
        Answer answer = api.get(sessions(ORG) + "?" + query);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo(query.split("=")[0]);
    }

    private String schedule(String name, String client, String coach, String scheduledStart) {
        String sessionId = client + "-" + name;
        Map<String, Object> request = scheduleBody(sessionId, client);
        request.put("coachId", coach);
        request.put("scheduledStart", scheduledStart);
        assertThat(api.post(sessions(ORG), request).status()).isEqualTo(201);
        return sessionId;
    }

    private JsonNode awaitList(String query, int total) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get(sessions(ORG) + query).json().path("total").asLong() == total);
        return api.get(sessions(ORG) + query).json();
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items")
                .valueStream()
                .map(item -> item.path("sessionId").asString())
                .toList();
    }
}
