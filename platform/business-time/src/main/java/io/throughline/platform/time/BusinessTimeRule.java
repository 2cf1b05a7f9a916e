package io.throughline.platform.time;

import io.throughline.platform.rules.Rule;

/** The rule of business time every aggregate keeps; {@link LatestEventTime} checks it. */
public enum BusinessTimeRule implements Rule {
    NOT_BEFORE_PREVIOUS_EVENT("'at' may not be before the previous event of the same session or form");

    private final String statement;

    BusinessTimeRule(String statement) {
        this.statement = statement;
    }

    @Override
    public String statement() {
        return statement;
    }
}
