package io.throughline.session.command;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

public record CancelSession(String sessionId, String orgId, String reason, Instant at) implements SessionCommand {

    public CancelSession {
        requireNonNull(sessionId, "sessionId");
        requireNonNull(orgId, "orgId");
        requireNonNull(at, "at");
    }
}
