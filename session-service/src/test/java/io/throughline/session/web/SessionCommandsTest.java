package io.throughline.session.web;

import static io.throughline.session.SessionMother.ORG;
import static io.throughline.session.SessionMother.SESSION;
import static io.throughline.session.SessionMother.checkIn;
import static io.throughline.session.SessionMother.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.throughline.platform.commands.RetryingCommandGateway;
import io.throughline.platform.rules.RuleViolation;
import io.throughline.session.command.ScheduleOutcome;
import io.throughline.session.command.SessionNotFound;
import io.throughline.session.command.SessionRule;
import io.throughline.session.query.SessionHistory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class SessionCommandsTest {

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final SessionCommands commands =
            new SessionCommands(new RetryingCommandGateway(gateway, 3), new SessionHistory(mock(EventStore.class)));

    @Test
    void sendsACommandThatLostARaceAgain() {
        when(gateway.sendAndWait(checkIn("10:01")))
                .thenThrow(new ConcurrencyException("sequence 4 is taken"))
                .thenReturn(null);

        commands.send(checkIn("10:01"));

        verify(gateway, times(2)).sendAndWait(checkIn("10:01"));
    }

    @Test
    void answersWhatTheHandlerAnswered() {
        when(gateway.sendAndWait(schedule())).thenReturn(ScheduleOutcome.ALREADY_SCHEDULED);

        ScheduleOutcome outcome = commands.send(schedule());

        assertThat(outcome).isEqualTo(ScheduleOutcome.ALREADY_SCHEDULED);
    }

    @Test
    void doesNotRetryABrokenRule() {
        when(gateway.sendAndWait(any())).thenThrow(new RuleViolation(SessionRule.ONLY_WHILE_IN_PROGRESS, "ended"));

        assertThatThrownBy(() -> commands.send(checkIn("10:01"))).isInstanceOf(RuleViolation.class);
        verify(gateway, times(1)).sendAndWait(any());
    }

    @Test
    void namesTheSessionThatIsNotFound() {
        when(gateway.sendAndWait(any())).thenThrow(new AggregateNotFoundException(ORG + "/" + SESSION, "not found"));

        assertThatThrownBy(() -> commands.send(checkIn("10:01")))
                .isInstanceOf(SessionNotFound.class)
                .hasMessage("No session " + SESSION + " in organisation " + ORG);
    }
}
