package io.throughline.session.command;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** How present the client is as the session begins; {@code note} is optional. */
public record CheckIn(String sessionId, String orgId, Readiness readiness, String note, Instant at)
        implements SessionCommand {

    public CheckIn {
        requireNonNull(sessionId, "sessionId");
        requireNonNull(orgId, "orgId");
        requireNonNull(readiness, "readiness");
        requireNonNull(at, "at");
    }
}
