package io.throughline.session.web;

import static io.throughline.session.SessionApi.body;
import static io.throughline.session.SessionApi.scheduleBody;
import static io.throughline.session.SessionApi.session;
import static io.throughline.session.SessionApi.sessions;
import static io.throughline.session.SessionMother.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.testing.TestIssuer;
import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import io.throughline.session.SessionApi.Answer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whose session it is (API.md, "Identity and access"): a coach schedules, changes and reads only its own sessions,
 * a client reads only its own, a supervisor reads all and changes none; a session the caller may not see is the
 * very 404 an unknown one is, whatever the request's body, and scheduling for another coach is 403.
 */
@RunningService
class SessionOwnershipIT {

    private static final TestIssuer ISSUER = TestIssuer.get();
    private static final String ORG = "ownership-org";
    private static final String COACH = "ownership-coach";
    private static final String OTHER_COACH = "ownership-other-coach";
    private static final String CLIENT = "ownership-client";

    @LocalServerPort
    int port;

    private SessionApi platform;
    private SessionApi coach;
    private SessionApi otherCoach;
    private SessionApi client;
    private SessionApi otherClient;
    private SessionApi supervisor;
    private SessionApi orgAdmin;
    private String sessionId;

    @BeforeEach
    void scheduleACoachsSession() {
        platform = new SessionApi(port);
        coach = platform.as(ISSUER.coach(ORG, COACH));
        otherCoach = platform.as(ISSUER.coach(ORG, OTHER_COACH));
        client = platform.as(ISSUER.client(ORG, CLIENT));
        otherClient = platform.as(ISSUER.client(ORG, "ownership-other-client"));
        supervisor = platform.as(ISSUER.supervisor(ORG));
        orgAdmin = platform.as(ISSUER.orgAdmin(ORG));
        sessionId = "owned-" + UUID.randomUUID();
        expect(coach.post(sessions(ORG), schedule(sessionId, COACH)), 201);
    }

    @Test
    void aCoachRunsItsOwnSession() {
        expect(coach.post(session(ORG, sessionId) + "/start", body("at", at("10:00"))), 200);
        expect(coach.post(session(ORG, sessionId) + "/agreement", body("at", at("10:03"), "topic", "Delegation")), 200);
        expect(coach.get(session(ORG, sessionId)), 200);
        expect(coach.get(session(ORG, sessionId) + "/events"), 200);
    }

    @Test
    void anotherCoachsSessionIsTheSame404AsAnUnknownOne() {
        String unknown = "never-" + UUID.randomUUID();
        for (String path : new String[] {"", "/events"}) {
            Answer hidden = otherCoach.get(session(ORG, sessionId) + path);
            Answer missing = orgAdmin.get(session(ORG, unknown) + path);
            expect(hidden, 404);
            assertThat(hidden.isProblem()).isTrue();
            assertThat(hidden.body()).isEqualTo(missing.body().replace(unknown, sessionId));
            assertThat(otherCoach.get(session(ORG, unknown) + path).body()).isEqualTo(missing.body());
        }
        Answer hiddenStart = otherCoach.post(session(ORG, sessionId) + "/start", body());
        Answer missingStart = orgAdmin.post(session(ORG, unknown) + "/start", body());
        expect(hiddenStart, 404);
        assertThat(hiddenStart.body()).isEqualTo(missingStart.body().replace(unknown, sessionId));
        expect(orgAdmin.get(session(ORG, sessionId)), 200);
    }

    @Test
    void anInvisibleSessionIs404WhateverTheBody() {
        Map<String, Object> invalid = body("readiness", "SLEEPY", "note", "x".repeat(3000));
        String checkIn = session(ORG, sessionId) + "/check-in";

        expect(otherCoach.post(checkIn, invalid), 404);
        expect(otherCoach.post(checkIn, "application/json", "{not json"), 404);
        expect(otherCoach.post(checkIn, "text/plain", "hello"), 404);
        expect(coach.post(checkIn, invalid), 400);
        expect(otherCoach.post(session(ORG, "never-" + UUID.randomUUID()) + "/check-in", invalid), 404);
    }

    @Test
    void anotherCoachChangesNothing() {
        for (String command : new String[] {"/start", "/cancel", "/pieces"}) {
            expect(otherCoach.post(session(ORG, sessionId) + command, body()), 404);
        }
        assertThat(platform.get(session(ORG, sessionId)).json().path("status").asString())
                .isEqualTo("SCHEDULED");
        assertThat(platform.events(ORG, sessionId)).hasSize(1);
    }

    @Test
    void aCoachSchedulesOnlyItsOwnSessions() {
        String forAnother = "for-another-" + UUID.randomUUID();
        Answer refused = coach.post(sessions(ORG), schedule(forAnother, OTHER_COACH));

        expect(refused, 403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().path("detail").asString())
                .contains("own sessions")
                .contains(COACH)
                .contains(OTHER_COACH);
        expect(platform.get(session(ORG, forAnother)), 404);
        expect(coach.post(sessions(ORG), schedule(sessionId, COACH)), 200);
        expect(otherCoach.post(sessions(ORG), schedule(sessionId, COACH)), 403);
        expect(orgAdmin.post(sessions(ORG), schedule(forAnother, OTHER_COACH)), 201);
        expect(otherCoach.get(session(ORG, forAnother)), 200);
        expect(coach.get(session(ORG, forAnother)), 404);
    }

    @Test
    void aClientReadsOnlyItsOwnSessionsAndChangesNone() {
        expect(client.get(session(ORG, sessionId)), 200);
        expect(client.get(session(ORG, sessionId) + "/events"), 200);
        expect(otherClient.get(session(ORG, sessionId)), 404);
        expect(otherClient.get(session(ORG, sessionId) + "/events"), 404);
        expect(client.post(session(ORG, sessionId) + "/start", body()), 403);
        expect(client.post(sessions(ORG), schedule("by-client-" + UUID.randomUUID(), COACH)), 403);
    }

    @Test
    void aSupervisorReadsEverySessionAndChangesNone() {
        expect(supervisor.get(session(ORG, sessionId)), 200);
        expect(supervisor.get(session(ORG, sessionId) + "/events"), 200);
        Answer refused = supervisor.post(session(ORG, sessionId) + "/start", body());
        expect(refused, 403);
        assertThat(refused.isProblem()).isTrue();
        expect(supervisor.post(sessions(ORG), schedule("by-supervisor-" + UUID.randomUUID(), COACH)), 403);
        expect(supervisor.get(session(ORG, "never-" + UUID.randomUUID())), 404);
    }

    @Test
    void anOrgAdminRunsAnySessionOfItsOrganisationOnly() {
        expect(orgAdmin.post(session(ORG, sessionId) + "/start", body("at", at("10:00"))), 200);
        expect(orgAdmin.post(session(ORG, sessionId) + "/cancel", body("at", at("10:05"))), 200);
        expect(platform.as(ISSUER.orgAdmin("another-" + ORG)).get(session(ORG, sessionId)), 403);
        expect(platform.as(ISSUER.coach("another-" + ORG, COACH)).get(session(ORG, sessionId)), 403);
    }

    @Test
    void aCoachTokenWithoutACoachIdSeesNoSession() {
        SessionApi nameless = platform.as(ISSUER.token(
                "coach-without-id", ORG, java.util.List.of("coach"), null, null, java.time.Duration.ofMinutes(5)));

        expect(nameless.get(session(ORG, sessionId)), 404);
        expect(nameless.post(sessions(ORG), schedule("nameless-" + UUID.randomUUID(), COACH)), 403);
        assertThat(nameless.get(sessions(ORG)).json().path("total").asLong()).isZero();
    }

    @Test
    void headIsCheckedLikeGet() {
        SessionApi roleless = platform.as(
                ISSUER.token("nobody", ORG, java.util.List.of(), null, null, java.time.Duration.ofMinutes(5)));

        for (String path : new String[] {sessions(ORG), session(ORG, sessionId), session(ORG, sessionId) + "/events"}) {
            assertThat(roleless.get(path).status()).as("GET " + path).isEqualTo(403);
            assertThat(roleless.head(path).status()).as("HEAD " + path).isEqualTo(403);
        }
        assertThat(otherCoach.head(session(ORG, sessionId)).status()).isEqualTo(404);
        assertThat(coach.head(session(ORG, sessionId)).status()).isEqualTo(200);
    }

    private static Map<String, Object> schedule(String sessionId, String coachId) {
        Map<String, Object> request = scheduleBody(sessionId, CLIENT);
        request.put("coachId", coachId);
        return request;
    }

    private static void expect(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    }
}
