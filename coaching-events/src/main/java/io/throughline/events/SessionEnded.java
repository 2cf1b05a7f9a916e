package io.throughline.events;

import java.time.Instant;

/** The closing progress check (ICF PCC 8.1). {@code progress}: {@code ACHIEVED}, {@code PARTLY} or {@code NOT_ACHIEVED}. */
public record SessionEnded(
        String sessionId,
        String orgId,
        String clientId,
        String coachId,
        String progress,
        String clientFeedback,
        Instant occurredAt)
        implements SessionEvent {}
