package io.throughline.analytics.attention;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One rule for one person as of asOf. {@code value} is the rule's figure beside its raise
 * {@code threshold}; {@code values} holds every figure of the sentence; {@code since} is the
 * sessionAt of the session after which a raised rule was last raised.
 */
public record RuleState(
        AttentionRule rule,
        Status status,
        String sentence,
        Double value,
        Double threshold,
        Map<String, Double> values,
        Instant since,
        List<Evidence> evidence) {

    /** RAISED is a flag; WATCHING has enough evidence and is not raised; DISABLED is switched off in the settings. */
    public enum Status {
        RAISED,
        WATCHING,
        NOT_ENOUGH_SESSIONS,
        DISABLED
    }

    public RuleState {
        values = values == null ? Map.of() : Map.copyOf(values);
        evidence = List.copyOf(evidence);
    }

    public boolean raised() {
        return status == Status.RAISED;
    }
}
