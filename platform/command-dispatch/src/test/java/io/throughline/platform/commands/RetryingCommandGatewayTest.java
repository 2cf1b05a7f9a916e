package io.throughline.platform.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class RetryingCommandGatewayTest {

    private static final String COMMAND = "start session-1";

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final RetryingCommandGateway gateway = new RetryingCommandGateway(commandGateway, 3);

    @Test
    void sendsACommandThatLostARaceAgain() {
        when(commandGateway.sendAndWait(COMMAND))
                .thenThrow(new ConcurrencyException("sequence 4 is taken"))
                .thenReturn("started");

        assertThat(gateway.<String>send(COMMAND)).isEqualTo("started");
        verify(commandGateway, times(2)).sendAndWait(COMMAND);
    }

    @Test
    void sendsACreateThatLostTheRaceToCreateItsAggregateAgain() {
        when(commandGateway.sendAndWait(COMMAND))
                .thenThrow(new AggregateStreamCreationException("sequence 0 is taken"))
                .thenReturn("filled in");

        assertThat(gateway.<String>send(COMMAND)).isEqualTo("filled in");
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        when(commandGateway.sendAndWait(COMMAND)).thenThrow(new ConcurrencyException("sequence 4 is taken"));

        assertThatThrownBy(() -> gateway.send(COMMAND)).isInstanceOf(ConcurrencyException.class);
        verify(commandGateway, times(3)).sendAndWait(COMMAND);
    }

    @Test
    void sendsAnyOtherFailureBackAtOnce() {
        when(commandGateway.sendAndWait(COMMAND)).thenThrow(new IllegalStateException("a broken rule"));

        assertThatThrownBy(() -> gateway.send(COMMAND)).isInstanceOf(IllegalStateException.class);
        verify(commandGateway, times(1)).sendAndWait(COMMAND);
    }

    @Test
    void needsAtLeastOneAttempt() {
        assertThatThrownBy(() -> new RetryingCommandGateway(commandGateway, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
