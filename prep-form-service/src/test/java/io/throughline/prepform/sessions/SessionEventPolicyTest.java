package io.throughline.prepform.sessions;

import static io.throughline.prepform.PrepFormMother.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.events.SessionCancelled;
import io.throughline.events.SessionContracted;
import io.throughline.events.SessionEnded;
import io.throughline.prepform.command.MarkPrepFormMissed;
import io.throughline.prepform.command.RequestPrepForm;
import org.junit.jupiter.api.Test;

class SessionEventPolicyTest {

    private final SessionEventPolicy policy = new SessionEventPolicy();

    @Test
    void requestsTheSessionsFormDueAtTheScheduledStartWhenScheduled() {
        assertThat(policy.commandsFor(scheduled()))
                .containsExactly(new RequestPrepForm(FORM, ORG, CLIENT, SESSION, COACH, SESSION_START, SCHEDULED_AT));
    }

    @Test
    void marksTheSessionsFormMissedAtTheStartWhenStarted() {
        assertThat(policy.commandsFor(started()))
                .containsExactly(new MarkPrepFormMissed(FORM, ORG, CLIENT, SESSION, SESSION_START));
    }

    @Test
    void sendsTheSameCommandForAScheduledEventDeliveredTwice() {
        assertThat(policy.commandsFor(scheduled())).isEqualTo(policy.commandsFor(scheduled()));
    }

    @Test
    void addressesTheFormTheClientCreatesForTheSameSession() {
        assertThat(policy.commandsFor(scheduled()).getFirst().key())
                .isEqualTo(draftForm(answers(), DRAFTED_AT).key());
    }

    @Test
    void asksNothingOfOtherSessionEvents() {
        assertThat(policy.commandsFor(
                        new SessionContracted(SESSION, ORG, CLIENT, COACH, "The team", null, null, null, AFTER_START)))
                .isEmpty();
        assertThat(policy.commandsFor(new SessionEnded(SESSION, ORG, CLIENT, COACH, "ACHIEVED", null, AFTER_START)))
                .isEmpty();
        assertThat(policy.commandsFor(new SessionCancelled(SESSION, ORG, CLIENT, "Client is ill", SCHEDULED_AT)))
                .isEmpty();
    }
}
