package io.throughline.prepform.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import static io.throughline.prepform.PrepFormMother.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PrepFormGatewayTest {

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final PrepFormGateway gateway = new PrepFormGateway(commandGateway, 3);

    @Test
    void sendsACommandThatLostTheRaceToCreateItsFormAgain() {
        DraftPrepForm draft = draftForm(answers(), DRAFTED_AT);
        when(commandGateway.sendAndWait(draft))
                .thenThrow(new AggregateStreamCreationException("sequence 0 taken"))
                .thenReturn(DraftOutcome.FILLED_IN);

        DraftOutcome outcome = gateway.send(draft);

        assertThat(outcome).isEqualTo(DraftOutcome.FILLED_IN);
    }

    @Test
    void givesUpAfterLosingEveryAttempt() {
        SubmitPrepForm submit = submit(SUBMITTED_AT);
        when(commandGateway.sendAndWait(submit)).thenThrow(new ConcurrencyException("sequence 3 taken"));

        assertThatThrownBy(() -> gateway.send(submit)).isInstanceOf(ConcurrencyException.class);
        verify(commandGateway, times(3)).sendAndWait(submit);
    }

    @Test
    void sendsABrokenRuleBackAtOnce() {
        SubmitPrepForm submit = submit(SUBMITTED_AT);
        when(commandGateway.sendAndWait(submit))
                .thenThrow(new PrepFormRuleViolation(PrepFormRule.SUBMITTED_FORM_IS_FINAL, "submitted"));

        assertThatThrownBy(() -> gateway.send(submit)).isInstanceOf(PrepFormRuleViolation.class);
        verify(commandGateway, times(1)).sendAndWait(submit);
    }
}
