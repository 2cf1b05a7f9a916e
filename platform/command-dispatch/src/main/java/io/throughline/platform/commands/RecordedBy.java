package io.throughline.platform.commands;

import org.axonframework.messaging.MetaData;

/**
 * Who recorded a stored event: the token subject of the person or integration whose request sent the command that
 * raised it (API.md, "Identity and access"). It travels as the command's metadata and is copied onto each event the
 * command raises; it stays in the event store, never on Kafka. Commands sent without a request (from a Kafka record)
 * carry none.
 */
public final class RecordedBy {

    /** The key of the command's and the stored event's metadata. */
    public static final String METADATA_KEY = "recordedBy";

    private RecordedBy() {}

    /** The subject a stored event's metadata names, or {@code null} (an event stored before it was kept). */
    public static String of(MetaData metaData) {
        return metaData.get(METADATA_KEY) instanceof String subject ? subject : null;
    }
}
