package io.throughline.session.command;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

public record StartSession(String sessionId, String orgId, Instant at) implements SessionCommand {

    public StartSession {
        requireNonNull(sessionId, "sessionId");
        requireNonNull(orgId, "orgId");
        requireNonNull(at, "at");
    }
}
