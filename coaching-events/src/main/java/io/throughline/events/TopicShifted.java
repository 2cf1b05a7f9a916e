package io.throughline.events;

import java.time.Instant;

/** {@code noticedBy}: {@code COACH} or {@code CLIENT}. {@code fromTopic} is the agreed topic at the time. */
public record TopicShifted(
        String sessionId,
        String orgId,
        String clientId,
        String shiftId,
        String fromTopic,
        String toTopic,
        String noticedBy,
        Instant occurredAt)
        implements SessionEvent {}
