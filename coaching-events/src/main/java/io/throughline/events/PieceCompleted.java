package io.throughline.events;

import java.time.Instant;

public record PieceCompleted(
        String sessionId, String orgId, String clientId, String summary, String nextStep, Instant occurredAt)
        implements SessionEvent {}
