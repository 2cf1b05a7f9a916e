package io.throughline.prepform.command;

/**
 * Submitted without an answer that submitting needs. Unlike a {@link PrepFormRuleViolation} (409)
 * this is the client's input at fault, so the web layer answers 400 with {@link #field()} in
 * {@code errors}.
 */
public class PrepFormIncomplete extends RuntimeException {

    private final String field;
    private final String reason;

    public PrepFormIncomplete(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The missing answer's path in the request body, e.g. {@code answers.sessionIntent}. */
    public String field() {
        return field;
    }

    /** What is wrong with {@link #field()}, without the field's name. */
    public String reason() {
        return reason;
    }
}
