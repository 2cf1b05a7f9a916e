package io.throughline.session.command;

import static io.throughline.platform.testing.RuleViolations.violates;
import static io.throughline.session.SessionMother.CLIENT;
import static io.throughline.session.SessionMother.COACH;
import static io.throughline.session.SessionMother.ORG;
import static io.throughline.session.SessionMother.PLANNED_MINUTES;
import static io.throughline.session.SessionMother.SCHEDULED_AT;
import static io.throughline.session.SessionMother.SESSION;
import static io.throughline.session.SessionMother.at;
import static io.throughline.session.SessionMother.cancelled;
import static io.throughline.session.SessionMother.schedule;
import static io.throughline.session.SessionMother.scheduled;
import static io.throughline.session.SessionMother.started;
import static io.throughline.session.command.SessionRule.SESSION_ID_UNIQUE_IN_ORGANISATION;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scheduling is idempotent by sessionId: the same session again changes nothing, another one under it is refused. */
class SchedulingTest {

    private final SessionFixture session = new SessionFixture();

    @Test
    void schedulesSession() {
        session.noSession()
                .when(schedule())
                .expectEvents(scheduled())
                .expectResultMessagePayload(ScheduleOutcome.SCHEDULED);
    }

    @Test
    void schedulingTheSameSessionAgainChangesNothing() {
        session.scheduledSession()
                .when(schedule())
                .expectNoEvents()
                .expectResultMessagePayload(ScheduleOutcome.ALREADY_SCHEDULED);
    }

    @Test
    void schedulingTheSameSessionAgainLaterStillChangesNothing() {
        session.given(scheduled(), started("10:00"), cancelled("10:05"))
                .when(new ScheduleSession(SESSION, ORG, CLIENT, COACH, at("10:00"), PLANNED_MINUTES, at("12:00")))
                .expectNoEvents()
                .expectResultMessagePayload(ScheduleOutcome.ALREADY_SCHEDULED);
    }

    @ParameterizedTest
    @MethodSource("otherSessionsUnderTheSameId")
    void rejectsSchedulingAnotherSessionUnderATakenId(ScheduleSession command) {
        session.scheduledSession()
                .when(command)
                .expectNoEvents()
                .expectException(violates(SESSION_ID_UNIQUE_IN_ORGANISATION));
    }

    static Stream<ScheduleSession> otherSessionsUnderTheSameId() {
        return Stream.of(
                new ScheduleSession(SESSION, ORG, "another-client", COACH, at("10:00"), PLANNED_MINUTES, SCHEDULED_AT),
                new ScheduleSession(SESSION, ORG, CLIENT, "another-coach", at("10:00"), PLANNED_MINUTES, SCHEDULED_AT),
                new ScheduleSession(SESSION, ORG, CLIENT, COACH, at("11:00"), PLANNED_MINUTES, SCHEDULED_AT),
                new ScheduleSession(SESSION, ORG, CLIENT, COACH, at("10:00"), PLANNED_MINUTES + 30, SCHEDULED_AT));
    }
}
