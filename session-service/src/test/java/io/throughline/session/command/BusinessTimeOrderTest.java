package io.throughline.session.command;

import static io.throughline.platform.testing.RuleViolations.violates;
import static io.throughline.platform.time.BusinessTimeRule.NOT_BEFORE_PREVIOUS_EVENT;
import static io.throughline.session.SessionMother.BOSS;
import static io.throughline.session.SessionMother.ORG;
import static io.throughline.session.SessionMother.SCHEDULED_AT;
import static io.throughline.session.SessionMother.SESSION;
import static io.throughline.session.SessionMother.SHIFT_TO_BOSS;
import static io.throughline.session.SessionMother.TEAM;
import static io.throughline.session.SessionMother.completePiece;
import static io.throughline.session.SessionMother.everyCommandAt;
import static io.throughline.session.SessionMother.pieceCompleted;
import static io.throughline.session.SessionMother.shifted;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A command's business time ({@code at}) may not go before the session's previous event; the same instant may. */
class BusinessTimeOrderTest {

    private final SessionFixture session = new SessionFixture();

    @ParameterizedTest
    @MethodSource("everyCommandAt1039")
    void rejectsCommandDatedBeforeThePreviousEvent(SessionCommand command) {
        session.contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"))
                .when(command)
                .expectNoEvents()
                .expectException(violates(NOT_BEFORE_PREVIOUS_EVENT));
    }

    @Test
    void rejectsStartDatedBeforeTheSchedulingWasLogged() {
        session.scheduledSession()
                .when(new StartSession(SESSION, ORG, SCHEDULED_AT.minusSeconds(60)))
                .expectNoEvents()
                .expectException(violates(NOT_BEFORE_PREVIOUS_EVENT));
    }

    @Test
    void acceptsCommandAtTheSameInstantAsThePreviousEvent() {
        session.contractedSession().when(completePiece("10:03")).expectEvents(pieceCompleted("10:03"));
    }

    static Stream<SessionCommand> everyCommandAt1039() {
        return everyCommandAt("10:39");
    }
}
