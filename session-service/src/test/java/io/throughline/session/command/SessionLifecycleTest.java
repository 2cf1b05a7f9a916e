package io.throughline.session.command;

import static io.throughline.session.SessionMother.BOSS;
import static io.throughline.session.SessionMother.SHIFT_TO_BOSS;
import static io.throughline.session.SessionMother.TEAM;
import static io.throughline.session.SessionMother.cancel;
import static io.throughline.session.SessionMother.cancelled;
import static io.throughline.session.SessionMother.checkIn;
import static io.throughline.session.SessionMother.checkedIn;
import static io.throughline.session.SessionMother.completePiece;
import static io.throughline.session.SessionMother.end;
import static io.throughline.session.SessionMother.ended;
import static io.throughline.session.SessionMother.pieceCompleted;
import static io.throughline.session.SessionMother.shifted;
import static io.throughline.session.SessionMother.start;
import static io.throughline.session.SessionMother.started;

import org.junit.jupiter.api.Test;

/** SCHEDULED → IN_PROGRESS → ENDED, or CANCELLED, and what a session in progress records. */
class SessionLifecycleTest {

    private final SessionFixture session = new SessionFixture();

    @Test
    void startsScheduledSession() {
        session.scheduledSession().when(start("10:00")).expectEvents(started("10:00"));
    }

    @Test
    void startsEarlierThanScheduled() {
        session.scheduledSession().when(start("09:55")).expectEvents(started("09:55"));
    }

    @Test
    void checksIn() {
        session.inProgress().when(checkIn("10:01")).expectEvents(checkedIn("10:01"));
    }

    @Test
    void completesPiece() {
        session.contractedSession().when(completePiece("10:33")).expectEvents(pieceCompleted("10:33"));
    }

    @Test
    void completesPieceWithoutAgreement() {
        session.inProgress().when(completePiece("10:33")).expectEvents(pieceCompleted("10:33"));
    }

    @Test
    void endsSessionWithProgressCheck() {
        session.contractedSession().when(end(Progress.PARTLY, "11:00")).expectEvents(ended("PARTLY", "11:00"));
    }

    @Test
    void endsSessionWithShiftStillOpen() {
        session.contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"))
                .when(end(Progress.NOT_ACHIEVED, "11:00"))
                .expectEvents(ended("NOT_ACHIEVED", "11:00"));
    }

    @Test
    void cancelsScheduledSession() {
        session.scheduledSession().when(cancel("09:30")).expectEvents(cancelled("09:30"));
    }

    @Test
    void cancelsSessionInProgress() {
        session.contractedSession().when(cancel("10:10")).expectEvents(cancelled("10:10"));
    }
}
