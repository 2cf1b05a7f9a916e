package io.throughline.events;

import java.time.Instant;

/** {@code readiness}: {@code READY}, {@code DISTRACTED} or {@code NEEDS_TO_OFFLOAD}. */
public record SessionCheckedIn(
        String sessionId, String orgId, String clientId, String readiness, String note, Instant occurredAt)
        implements SessionEvent {}
