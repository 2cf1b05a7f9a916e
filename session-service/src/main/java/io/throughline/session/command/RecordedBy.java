package io.throughline.session.command;

/**
 * Who recorded a stored event: the token subject of the person or integration whose command raised it. It travels
 * as the command's metadata and is copied onto each event the command raises; it stays in the event store (never on
 * Kafka, whose records carry only the contract's attributes).
 */
public final class RecordedBy {

    /** The key of the command's and the stored event's metadata. */
    public static final String METADATA_KEY = "recordedBy";

    private RecordedBy() {
    }
}
