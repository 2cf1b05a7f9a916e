package io.throughline.events;

/** A record that is not a readable event of this contract; consumers send it to the dead-letter topic. */
public class UndecodableEventException extends RuntimeException {

    public UndecodableEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public UndecodableEventException(String message) {
        super(message);
    }
}
