package io.throughline.session.command;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A piece of the conversation is done and coach and client agreed what comes next; both texts are optional. */
public record CompletePiece(String sessionId, String orgId, String summary, String nextStep, Instant at)
        implements SessionCommand {

    public CompletePiece {
        requireNonNull(sessionId, "sessionId");
        requireNonNull(orgId, "orgId");
        requireNonNull(at, "at");
    }
}
