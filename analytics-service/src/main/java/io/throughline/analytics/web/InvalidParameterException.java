package io.throughline.analytics.web;

/** A request parameter or field this service checks itself (a zone, a date range): 400 naming the field. */
public class InvalidParameterException extends RuntimeException {

    private final String field;

    public InvalidParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
