package io.throughline.prepform.command;

import io.throughline.platform.rules.Rule;

/**
 * The rules of a prep form a command can break; the name is the stable code clients see as the 409's {@code rule}.
 * The rule of business time ({@code NOT_BEFORE_PREVIOUS_EVENT}) is the platform's, kept by {@link Lifecycle}.
 */
public enum PrepFormRule implements Rule {
    SUBMITTED_FORM_IS_FINAL("a submitted form is final: its answers cannot change and it cannot be submitted again"),
    ONE_FORM_PER_SESSION("a session has one form, whose id is derived from the session"),
    SAME_CLIENT_AND_SESSION("a form keeps the client and session it was created for");

    private final String statement;

    PrepFormRule(String statement) {
        this.statement = statement;
    }

    @Override
    public String statement() {
        return statement;
    }
}
