package io.throughline.session.command;

/** What scheduling did: a new session, or nothing because the same session was already scheduled. */
public enum ScheduleOutcome {
    SCHEDULED,
    ALREADY_SCHEDULED
}
