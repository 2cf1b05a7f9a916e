package io.throughline.session.command;

import static io.throughline.platform.testing.RuleViolations.violates;
import static io.throughline.session.SessionMother.BOSS;
import static io.throughline.session.SessionMother.PEER;
import static io.throughline.session.SessionMother.SHIFT_TO_BOSS;
import static io.throughline.session.SessionMother.SHIFT_TO_PEER;
import static io.throughline.session.SessionMother.TEAM;
import static io.throughline.session.SessionMother.reContract;
import static io.throughline.session.SessionMother.reContracted;
import static io.throughline.session.SessionMother.shifted;
import static io.throughline.session.command.ReContractOutcome.ADOPT_NEW_TOPIC;
import static io.throughline.session.command.ReContractOutcome.CONNECTED_TO_AGREED;
import static io.throughline.session.command.ReContractOutcome.RETURN_TO_AGREED;
import static io.throughline.session.command.SessionRule.RE_CONTRACT_NEEDS_OPEN_SHIFT;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

/** Re-contracting an open shift: back to the agreed topic, connected to it, or adopting the shift's topic. */
class ReContractTest {

    private final SessionFixture session = new SessionFixture();

    @Test
    void returningToAgreedTopicKeepsIt() {
        session.contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"))
                .when(reContract(SHIFT_TO_BOSS, RETURN_TO_AGREED, "10:45"))
                .expectEvents(reContracted(SHIFT_TO_BOSS, "RETURN_TO_AGREED", TEAM, "10:45"));
    }

    @Test
    void connectedContextKeepsAgreedTopic() {
        session.contractedSession(shifted(SHIFT_TO_PEER, TEAM, PEER, "COACH", "10:52"))
                .when(reContract(SHIFT_TO_PEER, CONNECTED_TO_AGREED, "10:55"))
                .expectEvents(reContracted(SHIFT_TO_PEER, "CONNECTED_TO_AGREED", TEAM, "10:55"));
    }

    @Test
    void adoptingNewTopicMakesShiftTopicTheAgreedTopic() {
        session.contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40"))
                .when(reContract(SHIFT_TO_BOSS, ADOPT_NEW_TOPIC, "10:45"))
                .expectEvents(reContracted(SHIFT_TO_BOSS, "ADOPT_NEW_TOPIC", BOSS, "10:45"));
    }

    @Test
    void newShiftLeavesTheEarlierOneOpen() {
        session.contractedSession(
                        shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"),
                        shifted(SHIFT_TO_PEER, TEAM, PEER, "CLIENT", "10:42"))
                .when(reContract(SHIFT_TO_BOSS, RETURN_TO_AGREED, "10:45"))
                .expectEvents(reContracted(SHIFT_TO_BOSS, "RETURN_TO_AGREED", TEAM, "10:45"));
    }

    @Test
    void returningAfterAnEarlierAdoptionKeepsTheAdoptedTopic() {
        session.contractedSession(
                        shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40"),
                        shifted(SHIFT_TO_PEER, TEAM, PEER, "COACH", "10:42"),
                        reContracted(SHIFT_TO_BOSS, "ADOPT_NEW_TOPIC", BOSS, "10:45"))
                .when(reContract(SHIFT_TO_PEER, RETURN_TO_AGREED, "10:50"))
                .expectEvents(reContracted(SHIFT_TO_PEER, "RETURN_TO_AGREED", BOSS, "10:50"));
    }

    @Test
    void rejectsReContractOfUnknownShift() {
        session.contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"))
                .when(reContract("no-such-shift", RETURN_TO_AGREED, "10:45"))
                .expectNoEvents()
                .expectException(violates(RE_CONTRACT_NEEDS_OPEN_SHIFT))
                .expectExceptionMessage(containsString("no shift"));
    }

    @Test
    void rejectsSecondReContractOfTheSameShift() {
        session.contractedSession(
                        shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"),
                        reContracted(SHIFT_TO_BOSS, "RETURN_TO_AGREED", TEAM, "10:45"))
                .when(reContract(SHIFT_TO_BOSS, ADOPT_NEW_TOPIC, "10:46"))
                .expectNoEvents()
                .expectException(violates(RE_CONTRACT_NEEDS_OPEN_SHIFT))
                .expectExceptionMessage(containsString("already re-contracted"));
    }

    @Test
    void rejectsReContractBeforeStart() {
        session.scheduledSession()
                .when(reContract(SHIFT_TO_BOSS, RETURN_TO_AGREED, "10:45"))
                .expectNoEvents()
                .expectException(violates(RE_CONTRACT_NEEDS_OPEN_SHIFT));
    }
}
