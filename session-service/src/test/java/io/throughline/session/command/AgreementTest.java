package io.throughline.session.command;

import static io.throughline.platform.testing.RuleViolations.violates;
import static io.throughline.session.SessionMother.BOSS;
import static io.throughline.session.SessionMother.SHIFT_TO_BOSS;
import static io.throughline.session.SessionMother.TEAM;
import static io.throughline.session.SessionMother.agree;
import static io.throughline.session.SessionMother.contracted;
import static io.throughline.session.SessionMother.reContracted;
import static io.throughline.session.SessionMother.shifted;
import static io.throughline.session.command.SessionRule.ONE_AGREEMENT_PER_SESSION;

import org.junit.jupiter.api.Test;

/** The session agreement (PCC 3.1–3.4): once per session; later changes of topic go through shifts. */
class AgreementTest {

    private final SessionFixture session = new SessionFixture();

    @Test
    void contractsSession() {
        session.inProgress().when(agree("10:03")).expectEvents(contracted("10:03"));
    }

    @Test
    void rejectsSecondAgreement() {
        session.contractedSession()
                .when(agree("10:10"))
                .expectNoEvents()
                .expectException(violates(ONE_AGREEMENT_PER_SESSION));
    }

    @Test
    void rejectsSecondAgreementAfterAdoptingNewTopic() {
        session.contractedSession(
                        shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"),
                        reContracted(SHIFT_TO_BOSS, "ADOPT_NEW_TOPIC", BOSS, "10:45"))
                .when(agree("10:50"))
                .expectNoEvents()
                .expectException(violates(ONE_AGREEMENT_PER_SESSION));
    }
}
