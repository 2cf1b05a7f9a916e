package io.throughline.session.command;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Ends the session with the closing progress check (ICF PCC 8.1). */
public record EndSession(String sessionId, String orgId, Progress progress, String clientFeedback, Instant at)
        implements SessionCommand {

    public EndSession {
        requireNonNull(sessionId, "sessionId");
        requireNonNull(orgId, "orgId");
        requireNonNull(progress, "progress");
        requireNonNull(at, "at");
    }
}
