package io.throughline.events;

import java.util.Objects;

/**
 * An event as it travels between services: its unique id, its 0-based sequence within its
 * aggregate (consumers apply an event only if its sequence is newer than what they applied), and
 * the event itself.
 */
public record EventEnvelope(String id, long sequence, CoachingEvent event) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be >= 0, was " + sequence);
        }
    }

    public CoachingEventType type() {
        return CoachingEventType.of(event);
    }
}
