package io.throughline.prepform.command;

import org.axonframework.messaging.MetaData;

/**
 * What a stored event of a form carries besides its payload, in the event store's metadata and never on
 * Kafka: {@link #COACH_ID} on {@code PrepFormRequested}, the coach of the form's session as its scheduled event
 * named them. Who recorded each event is the platform's {@code RecordedBy}, on every event a person's request caused.
 */
public final class EventMetaData {

    /** The coach of the form's session; a form whose session was never scheduled here has none. */
    public static final String COACH_ID = "coachId";

    private EventMetaData() {}

    static MetaData coach(String coachId) {
        return MetaData.with(COACH_ID, coachId);
    }

    /** The coach an event's metadata names, or null. */
    public static String coachOf(MetaData metaData) {
        return metaData.get(COACH_ID) instanceof String coachId ? coachId : null;
    }
}
