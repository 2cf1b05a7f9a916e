package io.throughline.prepform.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Sends prep-form commands and waits for their result. A command that lost a race for its form
 * (another writer appended at the same sequence, or created the form first) is sent again: loaded
 * afresh, it now sees the winner's events, which is what makes "one form per session" hold across
 * instances. After {@code attempts} lost races the conflict goes to the caller.
 */
public class PrepFormGateway {

    private final CommandGateway commandGateway;
    private final int attempts;

    public PrepFormGateway(CommandGateway commandGateway, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        this.commandGateway = commandGateway;
        this.attempts = attempts;
    }

    public <R> R send(PrepFormCommand command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commandGateway.sendAndWait(command);
            } catch (ConcurrencyException | AggregateStreamCreationException conflict) {
                if (attempt >= attempts) {
                    throw conflict;
                }
            }
        }
    }
}
