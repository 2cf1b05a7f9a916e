package io.throughline.session.command;

public enum SessionStatus {
    SCHEDULED,
    IN_PROGRESS,
    ENDED,
    CANCELLED;

    /** Nothing may happen to a session after it ended or was cancelled. */
    public boolean isClosed() {
        return this == ENDED || this == CANCELLED;
    }
}
