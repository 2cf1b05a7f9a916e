package io.throughline.analytics.attention;

import java.util.EnumSet;
import java.util.Set;

/**
 * An organisation's attention thresholds, per rule a raise and a clear threshold, with the defaults
 * of METRICS.md. Decimals are read exactly from their digits (0.25 is 1/4), so comparisons stay exact.
 * A proposed change is just another settings value: evaluating both gives the preview.
 */
public record AttentionSettings(
        Set<AttentionRule> disabled,
        SidetracksRising sidetracksRising,
        OffAgreedTopic offAgreedTopic,
        Counted parkedTopicReturns,
        Counted prepNotOnTime,
        Counted noProgress,
        Stalled stalled,
        SilentDrift silentDrift,
        Counted contractingGaps,
        AgreementSlower agreementSlower) {

    /** Raised when r ≥ p + raiseBy and r ≥ raiseAtLeast; cleared when r − p < clearBy or r < clearBelow. */
    public record SidetracksRising(double raiseBy, double raiseAtLeast, double clearBy, double clearBelow) {}

    /** Raised when the share is below raiseBelow; cleared when at least clearAtLeast. */
    public record OffAgreedTopic(double raiseBelow, double clearAtLeast) {}

    /**
     * Raised when the count is at least raiseAtLeast. For PARKED_TOPIC_RETURNS cleared when the
     * count is below {@code clear}; for the others when the last {@code clear} sessions are all fine.
     */
    public record Counted(int raiseAtLeast, int clear) {}

    /** Raised after raiseAfterDays without a session and none scheduled. */
    public record Stalled(int raiseAfterDays) {}

    /** Raised when unresolved ÷ shifts ≥ raiseAtLeast over at least minShifts shifts; cleared below clearBelow. */
    public record SilentDrift(double raiseAtLeast, int minShifts, double clearBelow) {}

    /** Raised when m ≥ minMinutes and m ÷ m0 ≥ raiseFactor; cleared when m ÷ m0 < clearBelow. */
    public record AgreementSlower(double minMinutes, double raiseFactor, double clearBelow) {}

    public AttentionSettings {
        disabled = disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
    }

    public static AttentionSettings defaults() {
        return new AttentionSettings(
                Set.of(),
                new SidetracksRising(1.0, 2.0, 0.5, 1.5),
                new OffAgreedTopic(0.70, 0.75),
                new Counted(3, 2),
                new Counted(2, 2),
                new Counted(2, 2),
                new Stalled(28),
                new SilentDrift(0.25, 4, 0.15),
                new Counted(2, 5),
                new AgreementSlower(8, 1.5, 1.2));
    }

    public boolean enabled(AttentionRule rule) {
        return !disabled.contains(rule);
    }

    public AttentionSettings withOffAgreedTopic(OffAgreedTopic value) {
        return new AttentionSettings(
                disabled,
                sidetracksRising,
                value,
                parkedTopicReturns,
                prepNotOnTime,
                noProgress,
                stalled,
                silentDrift,
                contractingGaps,
                agreementSlower);
    }

    public AttentionSettings withSilentDrift(SilentDrift value) {
        return new AttentionSettings(
                disabled,
                sidetracksRising,
                offAgreedTopic,
                parkedTopicReturns,
                prepNotOnTime,
                noProgress,
                stalled,
                value,
                contractingGaps,
                agreementSlower);
    }

    public AttentionSettings withDisabled(Set<AttentionRule> value) {
        return new AttentionSettings(
                value,
                sidetracksRising,
                offAgreedTopic,
                parkedTopicReturns,
                prepNotOnTime,
                noProgress,
                stalled,
                silentDrift,
                contractingGaps,
                agreementSlower);
    }
}
