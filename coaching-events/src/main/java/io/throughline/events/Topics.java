package io.throughline.events;

/** The Kafka topics of the contract. Records are keyed by {@code clientId}. */
public final class Topics {

    public static final String SESSIONS = "coaching.sessions.v1";
    public static final String PREP_FORMS = "coaching.prep-forms.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {}

    /** Where a consumer puts the records of {@code topic} it cannot decode. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
