package io.throughline.prepform.command;

/** A command broke a rule of the form (409). */
public class PrepFormRuleViolation extends RuntimeException {

    private final PrepFormRule rule;

    public PrepFormRuleViolation(PrepFormRule rule, String detail) {
        super(rule.id() + ": " + detail);
        this.rule = rule;
    }

    public PrepFormRule rule() {
        return rule;
    }
}
