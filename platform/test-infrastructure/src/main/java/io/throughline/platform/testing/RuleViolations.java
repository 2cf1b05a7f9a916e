package io.throughline.platform.testing;

import io.throughline.platform.rules.Rule;
import io.throughline.platform.rules.RuleViolation;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/** Lets an aggregate fixture test name the rule it expects broken, not just the exception type. */
public final class RuleViolations {

    private RuleViolations() {}

    /** A {@link RuleViolation} of {@code rule}, e.g. {@code expectException(violates(SHIFT_NEEDS_AGREEMENT))}. */
    public static Matcher<Object> violates(Rule rule) {
        return new FeatureMatcher<>(Matchers.equalTo(rule), "a violation of " + rule.name(), "rule") {
            @Override
            protected Rule featureValueOf(Object actual) {
                return actual instanceof RuleViolation violation ? violation.rule() : null;
            }
        };
    }
}
