package io.throughline.events;

import java.time.Instant;

public record SessionStarted(String sessionId, String orgId, String clientId, String coachId, Instant occurredAt)
        implements SessionEvent {}
