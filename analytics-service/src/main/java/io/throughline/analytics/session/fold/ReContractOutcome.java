package io.throughline.analytics.session.fold;

import java.util.Arrays;
import java.util.Optional;

/** How a topic shift ended: the three re-contract outcomes, or still open when the session ended. */
public enum ReContractOutcome {
    RETURN_TO_AGREED,
    ADOPT_NEW_TOPIC,
    CONNECTED_TO_AGREED,
    UNRESOLVED;

    /** The outcome a re-contract event names; empty for a value this version does not know. */
    public static Optional<ReContractOutcome> ofReContract(String outcome) {
        return Arrays.stream(values())
                .filter(value -> value != UNRESOLVED && value.name().equals(outcome))
                .findFirst();
    }
}
