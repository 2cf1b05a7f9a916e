package io.throughline.session.command;

import static io.throughline.platform.testing.RuleViolations.violates;
import static io.throughline.session.SessionMother.BOSS;
import static io.throughline.session.SessionMother.PEER;
import static io.throughline.session.SessionMother.SHIFT_TO_BOSS;
import static io.throughline.session.SessionMother.SHIFT_TO_PEER;
import static io.throughline.session.SessionMother.TEAM;
import static io.throughline.session.SessionMother.reContracted;
import static io.throughline.session.SessionMother.shift;
import static io.throughline.session.SessionMother.shifted;
import static io.throughline.session.command.SessionRule.SHIFT_ID_UNIQUE_IN_SESSION;
import static io.throughline.session.command.SessionRule.SHIFT_NEEDS_AGREEMENT;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

/** A topic shift away from the agreed topic: it needs an agreement, and its id names one shift of the session. */
class TopicShiftTest {

    private final SessionFixture session = new SessionFixture();

    @Test
    void shiftsTopicAwayFromAgreedTopic() {
        session.contractedSession()
                .when(shift(SHIFT_TO_BOSS, BOSS, NoticedBy.CLIENT, "10:40"))
                .expectEvents(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40"));
    }

    @Test
    void shiftAfterAdoptingStartsFromTheAdoptedTopic() {
        session.contractedSession(
                        shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40"),
                        reContracted(SHIFT_TO_BOSS, "ADOPT_NEW_TOPIC", BOSS, "10:45"))
                .when(shift(SHIFT_TO_PEER, PEER, NoticedBy.COACH, "10:52"))
                .expectEvents(shifted(SHIFT_TO_PEER, BOSS, PEER, "COACH", "10:52"));
    }

    @Test
    void rejectsShiftBeforeAgreement() {
        session.inProgress()
                .when(shift(SHIFT_TO_BOSS, BOSS, NoticedBy.COACH, "10:40"))
                .expectNoEvents()
                .expectException(violates(SHIFT_NEEDS_AGREEMENT));
    }

    @Test
    void rejectsShiftWithAnOpenShiftsId() {
        session.contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"))
                .when(shift(SHIFT_TO_BOSS, PEER, NoticedBy.COACH, "10:52"))
                .expectNoEvents()
                .expectException(violates(SHIFT_ID_UNIQUE_IN_SESSION));
    }

    @Test
    void theSameShiftAgainChangesNothing() {
        session.contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40"))
                .when(shift(SHIFT_TO_BOSS, BOSS, NoticedBy.CLIENT, "10:41"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void theSameShiftAgainAfterTheSessionEndedStillChangesNothing() {
        session.contractedSession(
                        shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40"),
                        reContracted(SHIFT_TO_BOSS, "RETURN_TO_AGREED", TEAM, "10:45"))
                .when(shift(SHIFT_TO_BOSS, BOSS, NoticedBy.CLIENT, "10:40"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void rejectsTheSameIdNoticedBySomeoneElse() {
        session.contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40"))
                .when(shift(SHIFT_TO_BOSS, BOSS, NoticedBy.COACH, "10:41"))
                .expectNoEvents()
                .expectException(violates(SHIFT_ID_UNIQUE_IN_SESSION));
    }

    @Test
    void rejectsShiftWithAReContractedShiftsId() {
        session.contractedSession(
                        shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"),
                        reContracted(SHIFT_TO_BOSS, "RETURN_TO_AGREED", TEAM, "10:45"))
                .when(shift(SHIFT_TO_BOSS, PEER, NoticedBy.COACH, "10:52"))
                .expectNoEvents()
                .expectException(violates(SHIFT_ID_UNIQUE_IN_SESSION));
    }

    @Test
    void violationNamesTheRule() {
        session.inProgress()
                .when(shift(SHIFT_TO_BOSS, BOSS, NoticedBy.COACH, "10:40"))
                .expectNoEvents()
                .expectExceptionMessage(allOf(
                        containsString("SHIFT_NEEDS_AGREEMENT"), containsString(SHIFT_NEEDS_AGREEMENT.statement())));
    }
}
