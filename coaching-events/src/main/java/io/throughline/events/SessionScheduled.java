package io.throughline.events;

import java.time.Instant;

public record SessionScheduled(
        String sessionId,
        String orgId,
        String clientId,
        String coachId,
        Instant scheduledStart,
        int plannedMinutes,
        Instant occurredAt)
        implements SessionEvent {}
