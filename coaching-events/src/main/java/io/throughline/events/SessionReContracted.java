package io.throughline.events;

import java.time.Instant;

/**
 * {@code outcome}: {@code RETURN_TO_AGREED}, {@code ADOPT_NEW_TOPIC} or {@code CONNECTED_TO_AGREED};
 * {@code agreedTopic} is the agreed topic after the re-contract.
 */
public record SessionReContracted(
        String sessionId,
        String orgId,
        String clientId,
        String shiftId,
        String outcome,
        String agreedTopic,
        String note,
        Instant occurredAt)
        implements SessionEvent {}
