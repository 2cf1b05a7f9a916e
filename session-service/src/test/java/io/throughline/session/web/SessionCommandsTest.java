package io.throughline.session.web;

import static io.throughline.session.SessionMother.ORG;
import static io.throughline.session.SessionMother.SESSION;
import static io.throughline.session.SessionMother.checkIn;
import static io.throughline.session.SessionMother.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.throughline.session.command.ScheduleOutcome;
import io.throughline.session.command.SessionNotFound;
import io.throughline.session.command.SessionRule;
import io.throughline.session.command.SessionRuleViolation;
import io.throughline.session.config.SessionProperties;
import io.throughline.session.query.SessionHistory;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class SessionCommandsTest {

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final SessionCommands commands = new SessionCommands(gateway,
            new SessionHistory(mock(EventStore.class)), new SessionProperties(3, "sessionlist"));

    @Test
    void sendsACommandThatLostARaceAgain() {
        when(gateway.sendAndWait(any())).thenThrow(new ConcurrencyException("sequence 4 is taken"))
                .thenReturn(null);

        commands.send(checkIn("10:01"));

        verify(gateway, times(2)).sendAndWait(argThat((Object message) -> message instanceof CommandMessage<?> command
                && command.getPayload().equals(checkIn("10:01"))));
    }

    @Test
    void sendsACreateThatLostARaceAgain() {
        when(gateway.sendAndWait(any())).thenThrow(new AggregateStreamCreationException("sequence 0 is taken"))
                .thenReturn(ScheduleOutcome.ALREADY_SCHEDULED);

        ScheduleOutcome outcome = commands.send(schedule());

        assertThat(outcome).isEqualTo(ScheduleOutcome.ALREADY_SCHEDULED);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        when(gateway.sendAndWait(any())).thenThrow(new ConcurrencyException("sequence 4 is taken"));

        assertThatThrownBy(() -> commands.send(checkIn("10:01"))).isInstanceOf(ConcurrencyException.class);
        verify(gateway, times(3)).sendAndWait(any());
    }

    @Test
    void doesNotRetryABrokenRule() {
        when(gateway.sendAndWait(any())).thenThrow(new SessionRuleViolation(SessionRule.ONLY_WHILE_IN_PROGRESS, "ended"));

        assertThatThrownBy(() -> commands.send(checkIn("10:01"))).isInstanceOf(SessionRuleViolation.class);
        verify(gateway, times(1)).sendAndWait(any());
    }

    @Test
    void namesTheSessionThatIsNotFound() {
        when(gateway.sendAndWait(any())).thenThrow(new AggregateNotFoundException(ORG + "/" + SESSION, "not found"));

        assertThatThrownBy(() -> commands.send(checkIn("10:01"))).isInstanceOf(SessionNotFound.class)
                .hasMessage("No session " + SESSION + " in organisation " + ORG);
    }
}
