package io.throughline.session.web;

import static io.throughline.session.SessionApi.body;
import static io.throughline.session.SessionApi.scheduleBody;
import static io.throughline.session.SessionApi.session;
import static io.throughline.session.SessionApi.sessions;
import static io.throughline.session.SessionMother.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import io.throughline.session.SessionApi.Answer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Creating sessions and topic shifts: idempotent by the id the caller chose (sessionId, shiftId), server-made ids,
 * and each organisation's ids its own.
 */
@RunningService
class SchedulingIT {

    private static final String ORG = "scheduling-org";

    @LocalServerPort
    int port;

    private SessionApi api;

    @BeforeEach
    void connect() {
        api = new SessionApi(port);
    }

    @Test
    void aCreateIs201WithLocationAndTheView() {
        String sessionId = "created-" + UUID.randomUUID();

        Answer answer = api.schedule(ORG, sessionId, "client-1");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.location()).endsWith(session(ORG, sessionId));
        assertThat(answer.json().path("sessionId").asString()).isEqualTo(sessionId);
        assertThat(answer.json().path("orgId").asString()).isEqualTo(ORG);
        assertThat(answer.json().path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(answer.json().path("scheduledStart").asString()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(answer.json().path("version").asLong()).isZero();
        assertThat(api.get(session(ORG, sessionId)).json()).isEqualTo(answer.json());
    }

    @Test
    void theSameCreateAgainIs200WithTheViewAndChangesNothing() {
        String sessionId = "repeated-" + UUID.randomUUID();
        assertThat(api.schedule(ORG, sessionId, "client-1").status()).isEqualTo(201);
        api.postWithoutBody(session(ORG, sessionId) + "/start");
        var before = api.events(ORG, sessionId);

        Answer again = api.schedule(ORG, sessionId, "client-1");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(api.events(ORG, sessionId)).isEqualTo(before);
    }

    @Test
    void anotherSessionUnderATakenIdIs409AndChangesNothing() {
        String sessionId = "taken-" + UUID.randomUUID();
        api.schedule(ORG, sessionId, "client-1");
        var before = api.events(ORG, sessionId);
        Map<String, Object> other = scheduleBody(sessionId, "client-1");
        other.put("plannedMinutes", 90);

        Answer answer = api.post(sessions(ORG), other);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().path("rule").asString()).isEqualTo("SESSION_ID_UNIQUE_IN_ORGANISATION");
        assertThat(api.events(ORG, sessionId)).isEqualTo(before);
    }

    @Test
    void aTopicShiftSentAgainUnderItsShiftIdIsRecordedOnceAndAnotherUnderItIs409() {
        String sessionId = "shift-retry-" + UUID.randomUUID();
        api.schedule(ORG, sessionId, "client-1");
        api.post(session(ORG, sessionId) + "/start", body("at", at("10:00")));
        api.post(session(ORG, sessionId) + "/agreement", body("at", at("10:02"), "topic", "The team"));
        Map<String, Object> shift =
                body("shiftId", "sleep-1", "at", at("10:06"), "topic", "Sleep", "noticedBy", "CLIENT");

        Answer first = api.post(session(ORG, sessionId) + "/topic-shifts", shift);
        var after = api.events(ORG, sessionId);
        // the answer was lost, the client sends the same shift again (another time stamp: it is the same shift)
        shift.put("at", at("10:07"));
        Answer again = api.post(session(ORG, sessionId) + "/topic-shifts", shift);
        Answer other = api.post(
                session(ORG, sessionId) + "/topic-shifts",
                body("shiftId", "sleep-1", "at", at("10:08"), "topic", "Money", "noticedBy", "CLIENT"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("shiftId").asString()).isEqualTo("sleep-1");
        assertThat(again.json().path("at").asString())
                .isEqualTo(first.json().path("at").asString());
        assertThat(again.json().path("session")).isEqualTo(first.json().path("session"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().path("rule").asString()).isEqualTo("SHIFT_ID_UNIQUE_IN_SESSION");
        assertThat(api.events(ORG, sessionId)).isEqualTo(after).hasSize(4);
    }

    @Test
    void aCreateWithoutSessionIdGetsAUuid() {
        Map<String, Object> request = scheduleBody(null, "client-1");
        request.remove("sessionId");

        Answer answer = api.post(sessions(ORG), request);

        assertThat(answer.status()).isEqualTo(201);
        String sessionId = answer.json().path("sessionId").asString();
        assertThat(UUID.fromString(sessionId).toString()).isEqualTo(sessionId);
        assertThat(answer.location()).endsWith(session(ORG, sessionId));
    }

    @Test
    void aCreateWithoutAtIsDatedNow() {
        String sessionId = "dated-now-" + UUID.randomUUID();
        Map<String, Object> request = scheduleBody(sessionId, "client-1");
        request.remove("at");
        long before = System.currentTimeMillis();

        api.post(sessions(ORG), request);

        String occurredAt = api.events(ORG, sessionId).getFirst().path("time").asString();
        assertThat(java.time.Instant.parse(occurredAt).toEpochMilli())
                .isBetween(before - 1000, System.currentTimeMillis());
    }

    @Test
    void twoOrganisationsHaveEachTheirOwnSessionUnderTheSameId() {
        String sessionId = "tenancy-" + UUID.randomUUID();
        assertThat(api.schedule("org-a", sessionId, "client-a").status()).isEqualTo(201);
        assertThat(api.schedule("org-b", sessionId, "client-b").status()).isEqualTo(201);

        assertThat(api.post(session("org-a", sessionId) + "/start", body("at", at("10:00")))
                        .status())
                .isEqualTo(200);

        assertThat(api.get(session("org-a", sessionId)).json().path("clientId").asString())
                .isEqualTo("client-a");
        assertThat(api.get(session("org-a", sessionId)).json().path("status").asString())
                .isEqualTo("IN_PROGRESS");
        assertThat(api.get(session("org-b", sessionId)).json().path("clientId").asString())
                .isEqualTo("client-b");
        assertThat(api.get(session("org-b", sessionId)).json().path("status").asString())
                .isEqualTo("SCHEDULED");
        assertThat(api.events("org-a", sessionId)).hasSize(2);
        assertThat(api.events("org-b", sessionId))
                .hasSize(1)
                .allSatisfy(event -> assertThat(event.path("orgid").asString()).isEqualTo("org-b"));
    }

    @Test
    void anotherOrganisationsSessionIs404() {
        String sessionId = "private-" + UUID.randomUUID();
        api.schedule("org-a", sessionId, "client-a");

        Answer read = api.get(session("org-c", sessionId));
        Answer events = api.get(session("org-c", sessionId) + "/events");
        Answer write = api.post(session("org-c", sessionId) + "/start", body("at", at("10:00")));

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.isProblem()).isTrue();
        assertThat(events.status()).isEqualTo(404);
        assertThat(write.status()).isEqualTo(404);
        assertThat(api.events("org-a", sessionId)).hasSize(1);
    }
}
