package io.throughline.analytics.web;

/** A request that the current state rules out, such as a second rebuild while one runs. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
