package io.throughline.session.command;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartSession(@TargetAggregateIdentifier String sessionId, String orgId, Instant at)
        implements SessionCommand {

    public StartSession {
        requireNonNull(sessionId, "sessionId");
        requireNonNull(orgId, "orgId");
        requireNonNull(at, "at");
    }
}
