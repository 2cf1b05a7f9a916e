package io.throughline.session.command;

/** The client's state at the check-in; the article's coachee {@link #NEEDS_TO_OFFLOAD}. */
public enum Readiness {
    READY,
    DISTRACTED,
    NEEDS_TO_OFFLOAD
}
