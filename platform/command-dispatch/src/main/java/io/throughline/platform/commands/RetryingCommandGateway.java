package io.throughline.platform.commands;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command and waits for its result. A command that lost a race for its aggregate (another instance appended
 * at the same sequence, or created the aggregate first) is sent again at once: Axon loads the aggregate afresh, so
 * the command's rules are checked against the winner's events, which is what keeps a rule such as "one form per
 * session" across instances. After {@code attempts} lost races the conflict goes to the caller (a 409).
 *
 * <p>Not Axon's {@code RetryScheduler}: that one retries every failure not marked non-transient, broken rules
 * included, and on a scheduler thread after a delay; a lost race is worth retrying only immediately, and only it.
 */
public class RetryingCommandGateway {

    private static final Logger log = LoggerFactory.getLogger(RetryingCommandGateway.class);

    private final CommandGateway gateway;
    private final int attempts;

    public RetryingCommandGateway(CommandGateway gateway, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        this.gateway = gateway;
        this.attempts = attempts;
    }

    /** The command handler's result; its exception as it was thrown, a lost race only after the last attempt. */
    public <R> R send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(command);
            } catch (ConcurrencyException | AggregateStreamCreationException conflict) {
                if (attempt >= attempts) {
                    throw conflict;
                }
                log.debug(
                        "{} lost a race for its aggregate (attempt {} of {}); sending it again: {}",
                        command.getClass().getSimpleName(),
                        attempt,
                        attempts,
                        conflict.getMessage());
            }
        }
    }
}
