package io.throughline.analytics.web;

/** An organisation's client, coach or session this service has no events of. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
