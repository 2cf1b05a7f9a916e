package io.throughline.analytics.session.fold;

public enum SessionStatus {
    SCHEDULED,
    IN_PROGRESS,
    ENDED,
    CANCELLED
}
