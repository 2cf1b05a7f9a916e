package io.throughline.events;

/**
 * A well-formed CloudEvent whose type this version of the contract does not know (a newer producer,
 * say). Consumers skip and count it rather than dead-lettering it.
 */
public class UnknownEventTypeException extends RuntimeException {

    private final String type;

    public UnknownEventTypeException(String type) {
        super("Unknown event type '" + type + "'");
        this.type = type;
    }

    public String type() {
        return type;
    }
}
