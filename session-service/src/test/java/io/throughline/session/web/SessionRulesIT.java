package io.throughline.session.web;

import static io.throughline.platform.time.BusinessTimeRule.NOT_BEFORE_PREVIOUS_EVENT;
import static io.throughline.session.SessionApi.body;
import static io.throughline.session.SessionApi.scheduleBody;
import static io.throughline.session.SessionApi.session;
import static io.throughline.session.SessionApi.sessions;
import static io.throughline.session.SessionMother.TEAM;
import static io.throughline.session.SessionMother.at;
import static io.throughline.session.command.SessionRule.CANCEL_ONLY_BEFORE_END;
import static io.throughline.session.command.SessionRule.NOTHING_AFTER_END_OR_CANCEL;
import static io.throughline.session.command.SessionRule.ONE_AGREEMENT_PER_SESSION;
import static io.throughline.session.command.SessionRule.ONLY_WHILE_IN_PROGRESS;
import static io.throughline.session.command.SessionRule.RE_CONTRACT_NEEDS_OPEN_SHIFT;
import static io.throughline.session.command.SessionRule.SESSION_ID_UNIQUE_IN_ORGANISATION;
import static io.throughline.session.command.SessionRule.SHIFT_ID_UNIQUE_IN_SESSION;
import static io.throughline.session.command.SessionRule.SHIFT_NEEDS_AGREEMENT;
import static io.throughline.session.command.SessionRule.START_ONCE_FROM_SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.rules.Rule;
import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import io.throughline.session.SessionApi.Answer;
import io.throughline.session.command.SessionRule;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Each rule of API.md broken once through HTTP: 409 naming the rule, and the session's stream untouched. */
@RunningService
class SessionRulesIT {

    private static final String ORG = "rules-org";

    @LocalServerPort
    int port;

    private SessionApi api;

    @BeforeEach
    void connect() {
        api = new SessionApi(port);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void aBrokenRuleIs409NamingItAndChangesNothing(BrokenRule broken) {
        String sessionId = broken.state().reach(api, "rules-" + UUID.randomUUID());
        List<JsonNode> before = api.events(ORG, sessionId);

        Answer answer = api.post(broken.path(sessionId), broken.body(sessionId));

        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().path("rule").asString())
                .isEqualTo(broken.rule().name());
        assertThat(answer.json().path("detail").asString())
                .startsWith(broken.rule().name() + ": ")
                .contains(broken.rule().statement());
        assertThat(api.events(ORG, sessionId)).isEqualTo(before);
    }

    @Test
    void everyRuleIsTried() {
        Set<Rule> tried = brokenRules().map(BrokenRule::rule).collect(Collectors.toSet());

        assertThat(tried)
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(EnumSet.allOf(SessionRule.class).stream(), Stream.of(NOT_BEFORE_PREVIOUS_EVENT))
                                .toList());
    }

    @Test
    void aWriteToAnUnknownSessionIs404() {
        Answer answer = api.post(session(ORG, "no-such-session") + "/check-in", body("readiness", "READY"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().path("detail").asString())
                .isEqualTo("No session no-such-session in organisation " + ORG);
        assertThat(api.events(ORG, "no-such-session")).isEmpty();
    }

    static Stream<BrokenRule> brokenRules() {
        return Stream.of(
                new BrokenRule(SESSION_ID_UNIQUE_IN_ORGANISATION, State.SCHEDULED, "", null),
                new BrokenRule(START_ONCE_FROM_SCHEDULED, State.STARTED, "/start", body("at", at("10:05"))),
                new BrokenRule(
                        ONLY_WHILE_IN_PROGRESS,
                        State.SCHEDULED,
                        "/check-in",
                        body("at", at("09:58"), "readiness", "READY")),
                new BrokenRule(CANCEL_ONLY_BEFORE_END, State.ENDED, "/cancel", body("at", at("11:05"))),
                new BrokenRule(NOTHING_AFTER_END_OR_CANCEL, State.CANCELLED, "/start", body("at", at("10:00"))),
                new BrokenRule(
                        ONE_AGREEMENT_PER_SESSION,
                        State.CONTRACTED,
                        "/agreement",
                        body("at", at("10:10"), "topic", "Another topic")),
                new BrokenRule(
                        SHIFT_NEEDS_AGREEMENT,
                        State.STARTED,
                        "/topic-shifts",
                        body("at", at("10:10"), "topic", "A sidetrack", "noticedBy", "COACH")),
                new BrokenRule(
                        SHIFT_ID_UNIQUE_IN_SESSION,
                        State.SHIFTED,
                        "/topic-shifts",
                        body(
                                "shiftId",
                                "shift-1",
                                "at",
                                at("10:50"),
                                "topic",
                                "Another sidetrack",
                                "noticedBy",
                                "CLIENT")),
                new BrokenRule(
                        RE_CONTRACT_NEEDS_OPEN_SHIFT,
                        State.CONTRACTED,
                        "/topic-shifts/no-such-shift/re-contract",
                        body("at", at("10:45"), "outcome", "RETURN_TO_AGREED")),
                new BrokenRule(NOT_BEFORE_PREVIOUS_EVENT, State.CONTRACTED, "/pieces", body("at", at("10:02"))));
    }

    /** A session brought, through HTTP, to where a rule can be broken. */
    enum State {
        SCHEDULED,
        STARTED,
        CONTRACTED,
        SHIFTED,
        ENDED,
        CANCELLED;

        String reach(SessionApi api, String sessionId) {
            String session = session(ORG, sessionId);
            expect(api.post(sessions(ORG), scheduleBody(sessionId, "client-rules")), 201);
            if (this == CANCELLED) {
                expect(api.post(session + "/cancel", body("at", at("09:30"), "reason", "Client is ill")), 200);
                return sessionId;
            }
            if (atLeast(STARTED)) {
                expect(api.post(session + "/start", body("at", at("10:00"))), 200);
            }
            if (atLeast(CONTRACTED)) {
                expect(api.post(session + "/agreement", body("at", at("10:03"), "topic", TEAM)), 200);
            }
            if (this == SHIFTED) {
                expect(
                        api.post(
                                session + "/topic-shifts",
                                body(
                                        "shiftId",
                                        "shift-1",
                                        "at",
                                        at("10:40"),
                                        "topic",
                                        "A sidetrack",
                                        "noticedBy",
                                        "COACH")),
                        201);
            }
            if (this == ENDED) {
                expect(api.post(session + "/end", body("at", at("11:00"), "progress", "PARTLY")), 200);
            }
            return sessionId;
        }

        private boolean atLeast(State state) {
            return compareTo(state) >= 0;
        }

        private static void expect(Answer answer, int status) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        }
    }

    /** {@code path} below the session; an empty one with no body is a create of another session under its id. */
    record BrokenRule(Rule rule, State state, String path, Map<String, Object> body) {

        String path(String sessionId) {
            return path.isEmpty() ? sessions(ORG) : session(ORG, sessionId) + path;
        }

        Map<String, Object> body(String sessionId) {
            if (!path.isEmpty()) {
                return body;
            }
            Map<String, Object> otherSession = scheduleBody(sessionId, "client-rules");
            otherSession.put("coachId", "another-coach");
            return otherSession;
        }

        @Override
        public String toString() {
            return rule.name();
        }
    }
}
