package io.throughline.events;

import java.time.Instant;

public record SessionCancelled(String sessionId, String orgId, String clientId, String reason, Instant occurredAt)
        implements SessionEvent {}
