package io.throughline.prepform.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Lets a fixture test name the rule it expects broken, not just the exception type. */
final class RuleViolationMatcher extends TypeSafeMatcher<PrepFormRuleViolation> {

    private final PrepFormRule rule;

    private RuleViolationMatcher(PrepFormRule rule) {
        this.rule = rule;
    }

    static Matcher<PrepFormRuleViolation> violationOf(PrepFormRule rule) {
        return new RuleViolationMatcher(rule);
    }

    @Override
    protected boolean matchesSafely(PrepFormRuleViolation violation) {
        return violation.rule() == rule;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a violation of ").appendValue(rule.id());
    }
}
