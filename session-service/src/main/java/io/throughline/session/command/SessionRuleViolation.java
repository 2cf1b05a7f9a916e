package io.throughline.session.command;

/**
 * A command broke a rule of the session. One type for every rule so the web layer answers all of
 * them in one place (409, the message as {@code detail}); {@link #rule()} tells which.
 */
public class SessionRuleViolation extends RuntimeException {

    private final SessionRule rule;

    public SessionRuleViolation(SessionRule rule, String situation) {
        super(rule.name() + ": " + rule.statement() + " (" + situation + ")");
        this.rule = rule;
    }

    public SessionRule rule() {
        return rule;
    }
}
