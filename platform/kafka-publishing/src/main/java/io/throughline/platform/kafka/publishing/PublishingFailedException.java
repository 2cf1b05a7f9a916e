package io.throughline.platform.kafka.publishing;

/** Kafka did not acknowledge what was sent; the batch rolls back and its events are sent again. */
public class PublishingFailedException extends RuntimeException {

    public PublishingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
