package io.throughline.session.web;

import io.throughline.platform.security.Caller;
import io.throughline.session.command.RecordedBy;
import io.throughline.session.command.SessionCommand;
import io.throughline.session.command.SessionKey;
import io.throughline.session.command.SessionNotFound;
import io.throughline.session.config.SessionProperties;
import io.throughline.session.query.SessionHistory;
import io.throughline.session.query.SessionView;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the controllers' commands and reads the session back from the event store. A command that
 * lost a race for the session's next sequence number (another instance appended first) is sent
 * again: Axon reloads the session, so its rules are checked against what is now stored. After the
 * last attempt the conflict is the client's to resolve (409). Each command carries who sent it (the token's
 * subject) in its metadata, which the events it raises keep in the event store ({@link RecordedBy}).
 */
@Component
class SessionCommands {

    private static final Logger log = LoggerFactory.getLogger(SessionCommands.class);

    private final CommandGateway gateway;
    private final SessionHistory history;
    private final int attempts;

    SessionCommands(CommandGateway gateway, SessionHistory history, SessionProperties properties) {
        this.gateway = gateway;
        this.history = history;
        this.attempts = properties.commandAttempts();
    }

    /** Sends the command and answers the session as it is afterwards. */
    SessionView apply(SessionCommand command) {
        send(command);
        return view(command.key());
    }

    <R> R send(SessionCommand command) {
        CommandMessage<SessionCommand> message = GenericCommandMessage.<SessionCommand>asCommandMessage(command)
                .andMetaData(recordedBy());
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(message);
            } catch (ConcurrencyException | AggregateStreamCreationException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                log.debug("{} conflicted with a concurrent change of {} (attempt {} of {}); sending it again",
                        command.getClass().getSimpleName(), command.key(), attempt, attempts);
            } catch (AggregateNotFoundException e) {
                throw e instanceof SessionNotFound ? e : new SessionNotFound(command.key());
            }
        }
    }

    private static Map<String, String> recordedBy() {
        return Caller.current().map(caller -> Map.of(RecordedBy.METADATA_KEY, caller.subject())).orElse(Map.of());
    }

    SessionView view(SessionKey key) {
        return history.view(key).orElseThrow(() -> new SessionNotFound(key));
    }
}
