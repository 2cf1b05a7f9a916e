package io.throughline.session.web;

import io.throughline.platform.commands.RetryingCommandGateway;
import io.throughline.session.command.SessionCommand;
import io.throughline.session.command.SessionKey;
import io.throughline.session.command.SessionNotFound;
import io.throughline.session.query.SessionHistory;
import io.throughline.session.query.SessionView;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sends the controllers' commands through the platform's {@link RetryingCommandGateway} (a command that lost a race
 * for the session's next sequence number is sent again, its rules re-checked on the reloaded session; who sent it
 * travels with it) and reads the session back from the event store.
 */
@Component
class SessionCommands {

    private final RetryingCommandGateway gateway;
    private final SessionHistory history;

    SessionCommands(RetryingCommandGateway gateway, SessionHistory history) {
        this.gateway = gateway;
        this.history = history;
    }

    /** Sends the command and answers the session as it is afterwards. */
    SessionView apply(SessionCommand command) {
        send(command);
        return view(command.key());
    }

    <R> R send(SessionCommand command) {
        try {
            return gateway.send(command);
        } catch (AggregateNotFoundException e) {
            throw e instanceof SessionNotFound ? e : new SessionNotFound(command.key());
        }
    }

    SessionView view(SessionKey key) {
        return history.view(key).orElseThrow(() -> new SessionNotFound(key));
    }
}
