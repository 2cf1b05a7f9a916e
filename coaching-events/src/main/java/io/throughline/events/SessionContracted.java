package io.throughline.events;

import java.time.Instant;

/** The session agreement (ICF PCC 3.1–3.4): topic, how success is measured, why it matters, what to address. */
public record SessionContracted(
        String sessionId,
        String orgId,
        String clientId,
        String coachId,
        String topic,
        String successMeasure,
        String importance,
        String toAddress,
        Instant occurredAt)
        implements SessionEvent {}
