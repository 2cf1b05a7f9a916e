package io.throughline.prepform.web;

/** A field of the request that passed Bean Validation but is still not acceptable (400). */
class InvalidInput extends RuntimeException {

    private final String field;
    private final String reason;

    InvalidInput(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
