package io.throughline.session.command;

import static io.throughline.platform.testing.RuleViolations.violates;
import static io.throughline.session.SessionMother.BOSS;
import static io.throughline.session.SessionMother.SHIFT_TO_BOSS;
import static io.throughline.session.SessionMother.agree;
import static io.throughline.session.SessionMother.cancel;
import static io.throughline.session.SessionMother.cancelled;
import static io.throughline.session.SessionMother.checkIn;
import static io.throughline.session.SessionMother.completePiece;
import static io.throughline.session.SessionMother.end;
import static io.throughline.session.SessionMother.everyCommandAt;
import static io.throughline.session.SessionMother.scheduled;
import static io.throughline.session.SessionMother.shift;
import static io.throughline.session.SessionMother.start;
import static io.throughline.session.command.SessionRule.CANCEL_ONLY_BEFORE_END;
import static io.throughline.session.command.SessionRule.NOTHING_AFTER_END_OR_CANCEL;
import static io.throughline.session.command.SessionRule.ONLY_WHILE_IN_PROGRESS;
import static io.throughline.session.command.SessionRule.START_ONCE_FROM_SCHEDULED;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which commands a session admits where it stands: start once, the rest while in progress, nothing once closed. */
class SessionStatusRulesTest {

    private final SessionFixture session = new SessionFixture();

    @Test
    void rejectsSecondStart() {
        session.inProgress().when(start("10:05")).expectNoEvents().expectException(violates(START_ONCE_FROM_SCHEDULED));
    }

    @ParameterizedTest
    @MethodSource("commandsNeedingASessionInProgress")
    void rejectsCommandBeforeStart(SessionCommand command) {
        session.scheduledSession().when(command).expectNoEvents().expectException(violates(ONLY_WHILE_IN_PROGRESS));
    }

    @Test
    void rejectsCancelAfterEnd() {
        session.endedSession().when(cancel("11:05")).expectNoEvents().expectException(violates(CANCEL_ONLY_BEFORE_END));
    }

    @ParameterizedTest
    @MethodSource("everyCommandButCancel")
    void rejectsAnythingAfterEnd(SessionCommand command) {
        session.endedSession().when(command).expectNoEvents().expectException(violates(NOTHING_AFTER_END_OR_CANCEL));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void rejectsAnythingAfterCancel(SessionCommand command) {
        session.given(scheduled(), cancelled("09:30"))
                .when(command)
                .expectNoEvents()
                .expectException(violates(NOTHING_AFTER_END_OR_CANCEL));
    }

    static Stream<SessionCommand> commandsNeedingASessionInProgress() {
        return Stream.of(
                checkIn("10:01"),
                agree("10:03"),
                shift(SHIFT_TO_BOSS, BOSS, NoticedBy.COACH, "10:40"),
                completePiece("10:33"),
                end(Progress.ACHIEVED, "11:00"));
    }

    static Stream<SessionCommand> everyCommandButCancel() {
        return everyCommandAt("11:05").filter(command -> !(command instanceof CancelSession));
    }

    static Stream<SessionCommand> everyCommand() {
        return everyCommandAt("11:05");
    }
}
