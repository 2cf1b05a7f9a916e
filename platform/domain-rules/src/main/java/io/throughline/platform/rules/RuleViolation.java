package io.throughline.platform.rules;

/**
 * A command broke a rule of the domain. One type for every rule of every aggregate, so the web layer answers all of
 * them in one place (409, the message as {@code detail}, {@link #rule()}'s name as {@code rule}).
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;

    public RuleViolation(Rule rule, String situation) {
        super(rule.name() + ": " + rule.statement() + " (" + situation + ")");
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
