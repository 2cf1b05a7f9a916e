package io.throughline.session.query;

import io.throughline.events.EventEnvelope;

/**
 * A stored event of a session with who recorded it.
 *
 * @param envelope the event, its id and its sequence
 * @param recordedBy the token subject of whoever sent the command that raised it; {@code null} for events stored
 *                   before it was kept
 */
public record RecordedEvent(EventEnvelope envelope, String recordedBy) {}
