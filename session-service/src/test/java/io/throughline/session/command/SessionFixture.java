package io.throughline.session.command;

import static io.throughline.session.SessionMother.contracted;
import static io.throughline.session.SessionMother.ended;
import static io.throughline.session.SessionMother.scheduled;
import static io.throughline.session.SessionMother.started;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;

/** The aggregate fixture with a session brought, by its events, to where a behaviour starts (the article's times). */
final class SessionFixture {

    private final FixtureConfiguration<CoachingSession> fixture = new AggregateTestFixture<>(CoachingSession.class);

    TestExecutor<CoachingSession> given(Object... events) {
        return fixture.given(events);
    }

    TestExecutor<CoachingSession> noSession() {
        return fixture.givenNoPriorActivity();
    }

    TestExecutor<CoachingSession> scheduledSession() {
        return fixture.given(scheduled());
    }

    TestExecutor<CoachingSession> inProgress() {
        return fixture.given(scheduled(), started("10:00"));
    }

    /** Started at 10:00 and contracted on the team at 10:03, then {@code later}. */
    TestExecutor<CoachingSession> contractedSession(Object... later) {
        return fixture.given(scheduled(), started("10:00"), contracted("10:03")).andGiven(later);
    }

    TestExecutor<CoachingSession> endedSession() {
        return contractedSession(ended("ACHIEVED", "11:00"));
    }
}
