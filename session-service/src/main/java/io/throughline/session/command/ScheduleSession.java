package io.throughline.session.command;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

public record ScheduleSession(
        String sessionId,
        String orgId,
        String clientId,
        String coachId,
        Instant scheduledStart,
        int plannedMinutes,
        Instant at)
        implements SessionCommand {

    public ScheduleSession {
        requireNonNull(sessionId, "sessionId");
        requireNonNull(orgId, "orgId");
        requireNonNull(clientId, "clientId");
        requireNonNull(coachId, "coachId");
        requireNonNull(scheduledStart, "scheduledStart");
        requireNonNull(at, "at");
    }
}
