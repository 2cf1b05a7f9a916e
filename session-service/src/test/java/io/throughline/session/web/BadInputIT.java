package io.throughline.session.web;

import static io.throughline.session.SessionApi.body;
import static io.throughline.session.SessionApi.scheduleBody;
import static io.throughline.session.SessionApi.session;
import static io.throughline.session.SessionApi.sessions;
import static io.throughline.session.SessionMother.TEAM;
import static io.throughline.session.SessionMother.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import io.throughline.session.SessionApi.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every kind of bad input, each against a session in progress (contracted, one shift open) or as a
 * create: the answer is the right 4xx as problem+json, naming the field where there is one, and the
 * session's stream is exactly what it was.
 */
@RunningService
class BadInputIT {

    private static final String ORG = "bad-input-org";
    private static final String SESSION = "bad-input-" + UUID.randomUUID();
    private static final String NEW_SESSION = "never-created";
    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    private static boolean sessionInProgress;
    private SessionApi api;

    /** Once for the class; not in a @BeforeAll, which would run before the infrastructure is known. */
    @BeforeEach
    void aSessionInProgress() {
        api = new SessionApi(port);
        if (sessionInProgress) {
            return;
        }
        sessionInProgress = true;
        String session = session(ORG, SESSION);
        assertThat(api.schedule(ORG, SESSION, "client-bad-input").status()).isEqualTo(201);
        assertThat(api.post(session + "/start", body("at", at("10:00"))).status())
                .isEqualTo(200);
        assertThat(api.post(session + "/agreement", body("at", at("10:03"), "topic", TEAM))
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                session + "/topic-shifts",
                                body(
                                        "shiftId",
                                        "open-shift",
                                        "at",
                                        at("10:40"),
                                        "topic",
                                        "A sidetrack",
                                        "noticedBy",
                                        "CLIENT"))
                        .status())
                .isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writesToTheSession")
    void aBadWriteToASessionIsRefusedAndChangesNothing(BadRequest bad) {
        List<JsonNode> before = api.events(ORG, SESSION);
        assertThat(before).hasSize(4);

        Answer answer = api.post(bad.path(), bad.contentType(), bad.body());

        assertProblem(answer, bad);
        assertThat(api.events(ORG, SESSION)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creates")
    void aBadCreateIsRefusedAndCreatesNothing(BadRequest bad) {
        Answer answer = api.post(bad.path(), bad.contentType(), bad.body());

        assertProblem(answer, bad);
        assertThat(api.events(ORG, NEW_SESSION)).isEmpty();
        assertThat(api.get(session(ORG, NEW_SESSION)).status()).isEqualTo(404);
    }

    static Stream<BadRequest> writesToTheSession() {
        String session = session(ORG, SESSION);
        return Stream.of(
                raw("malformed JSON", session + "/check-in", "{\"readiness\": \"READY\",", 400, null),
                raw("not JSON at all", session + "/check-in", "readiness=READY", 400, null),
                raw("empty body where one is required", session + "/check-in", "", 400, null),
                raw("an array for a text", session + "/agreement", "{\"topic\": [\"a\"]}", 400, "topic"),
                raw("a number for a text", session + "/agreement", "{\"topic\": 5}", 400, "topic"),
                raw("an object for an enum", session + "/check-in", "{\"readiness\": {}}", 400, "readiness"),
                raw("a number for an enum", session + "/check-in", "{\"readiness\": 1}", 400, "readiness"),
                raw("a timestamp that is not one", session + "/pieces", "{\"at\": \"yesterday\"}", 400, "at"),
                json("unknown readiness", session + "/check-in", body("readiness", "SLEEPY"), 400, "readiness"),
                json(
                        "unknown noticedBy",
                        session + "/topic-shifts",
                        body("topic", "x", "noticedBy", "BOSS"),
                        400,
                        "noticedBy"),
                json(
                        "unknown outcome",
                        session + "/topic-shifts/open-shift/re-contract",
                        body("outcome", "IGNORE"),
                        400,
                        "outcome"),
                json("unknown progress", session + "/end", body("progress", "DONE"), 400, "progress"),
                json("check-in without readiness", session + "/check-in", body(), 400, "readiness"),
                json("agreement without topic", session + "/agreement", body("successMeasure", "x"), 400, "topic"),
                json("agreement with a blank topic", session + "/agreement", body("topic", "  "), 400, "topic"),
                json("shift without topic", session + "/topic-shifts", body("noticedBy", "COACH"), 400, "topic"),
                json("shift without noticedBy", session + "/topic-shifts", body("topic", "x"), 400, "noticedBy"),
                json(
                        "re-contract without outcome",
                        session + "/topic-shifts/open-shift/re-contract",
                        body(),
                        400,
                        "outcome"),
                json("end without progress", session + "/end", body(), 400, "progress"),
                json(
                        "a note over 2,000 characters",
                        session + "/check-in",
                        body("readiness", "READY", "note", "x".repeat(2001)),
                        400,
                        "note"),
                json("a body over 64 KiB", session + "/agreement", body("topic", "x".repeat(70_000)), 413, null),
                json(
                        "an illegal sessionId in the path",
                        session(ORG, "bad%20id!") + "/check-in",
                        body("readiness", "READY"),
                        400,
                        "sessionId"),
                json(
                        "an illegal orgId in the path",
                        session("org%20" + ORG, SESSION) + "/check-in",
                        body("readiness", "READY"),
                        400,
                        "orgId"),
                json(
                        "an illegal shiftId in the path",
                        session + "/topic-shifts/open*shift/re-contract",
                        body("outcome", "RETURN_TO_AGREED"),
                        400,
                        "shiftId"),
                json(
                        "an illegal shiftId in the body",
                        session + "/topic-shifts",
                        body("shiftId", "a:b", "topic", "x", "noticedBy", "COACH"),
                        400,
                        "shiftId"),
                json(
                        "a shiftId over 64 characters",
                        session + "/topic-shifts",
                        body("shiftId", "s".repeat(65), "topic", "x", "noticedBy", "COACH"),
                        400,
                        "shiftId"),
                json(
                        "at more than 5 minutes ahead",
                        session + "/check-in",
                        body("readiness", "READY", "at", Instant.now().plus(Duration.ofMinutes(10))),
                        400,
                        "at"),
                new BadRequest("a body that is not JSON", session + "/check-in", "text/plain", "READY", 415, null));
    }

    static Stream<BadRequest> creates() {
        String create = sessions(ORG);
        return Stream.of(
                raw("malformed JSON", create, "{\"sessionId\": \"" + NEW_SESSION + "\"", 400, null),
                create("without clientId", "clientId", null, 400, "clientId"),
                create("without coachId", "coachId", null, 400, "coachId"),
                create("without scheduledStart", "scheduledStart", null, 400, "scheduledStart"),
                create("without plannedMinutes", "plannedMinutes", null, 400, "plannedMinutes"),
                create("with 0 plannedMinutes", "plannedMinutes", 0, 400, "plannedMinutes"),
                create("with 481 plannedMinutes", "plannedMinutes", 481, 400, "plannedMinutes"),
                create("with plannedMinutes as words", "plannedMinutes", "sixty", 400, "plannedMinutes"),
                create("with plannedMinutes as a string", "plannedMinutes", "60", 400, "plannedMinutes"),
                create("with fractional plannedMinutes", "plannedMinutes", 60.5, 400, "plannedMinutes"),
                create(
                        "with a scheduledStart without offset",
                        "scheduledStart",
                        "2026-11-23T10:00:00",
                        400,
                        "scheduledStart"),
                create("with an illegal clientId", "clientId", "client one", 400, "clientId"),
                create("with a clientId over 64 characters", "clientId", "c".repeat(65), 400, "clientId"),
                create("with an empty coachId", "coachId", "", 400, "coachId"),
                create(
                        "with at more than 5 minutes ahead",
                        "at",
                        Instant.now().plus(Duration.ofMinutes(10)),
                        400,
                        "at"),
                json("with an illegal orgId", sessions("org!"), scheduleBody(NEW_SESSION, "client-1"), 400, "orgId"),
                json("with an illegal sessionId", create, scheduleBody("never created", "client-1"), 400, "sessionId"),
                new BadRequest("with a body that is not JSON", create, "text/plain", "{}", 415, null));
    }

    private static void assertProblem(Answer answer, BadRequest bad) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(bad.status());
        assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
        JsonNode problem = answer.json();
        assertThat(problem.path("status").asInt()).isEqualTo(bad.status());
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        if (bad.field() != null) {
            assertThat(problem.path("errors")
                            .valueStream()
                            .map(error -> error.path("field").asString()))
                    .as(answer.body())
                    .contains(bad.field());
        }
    }

    private static BadRequest create(String name, String field, Object value, int status, String invalidField) {
        Map<String, Object> body = scheduleBody(NEW_SESSION, "client-1");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return json("create " + name, sessions(ORG), body, status, invalidField);
    }

    private static BadRequest json(String name, String path, Map<String, Object> body, int status, String field) {
        return new BadRequest(name, path, JSON, SessionApi.JSON.writeValueAsString(body), status, field);
    }

    private static BadRequest raw(String name, String path, String body, int status, String field) {
        return new BadRequest(name, path, JSON, body, status, field);
    }

    record BadRequest(String name, String path, String contentType, String body, int status, String field) {

        @Override
        public String toString() {
            return name + " → " + status;
        }
    }
}
