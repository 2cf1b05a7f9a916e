package io.throughline.prepform.command;

/** The rules of a prep form a command can break; {@link #id()} is stable and goes into the 409 answer. */
public enum PrepFormRule {

    SUBMITTED_FORM_IS_FINAL("submitted-form-is-final",
            "a submitted form is final: its answers cannot change and it cannot be submitted again"),
    NOT_BEFORE_PREVIOUS_EVENT("not-before-previous-event",
            "'at' cannot be before the form's previous event"),
    ONE_FORM_PER_SESSION("one-form-per-session",
            "a session has one form, whose id is derived from the session"),
    SAME_CLIENT_AND_SESSION("same-client-and-session",
            "a form keeps the client and session it was created for");

    private final String id;
    private final String description;

    PrepFormRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
