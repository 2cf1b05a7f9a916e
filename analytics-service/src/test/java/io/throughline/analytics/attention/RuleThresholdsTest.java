package io.throughline.analytics.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.analytics.attention.RuleThresholds.InvalidThreshold;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleThresholdsTest {

    private static final AttentionSettings DEFAULTS = AttentionSettings.defaults();

    @ParameterizedTest
    @EnumSource(AttentionRule.class)
    void everyRuleHasItsThresholdsByNameAndTakesThemBack(AttentionRule rule) {
        Map<String, Number> thresholds = RuleThresholds.of(DEFAULTS, rule);

        assertThat(thresholds).isNotEmpty();
        assertThat(RuleThresholds.with(DEFAULTS, rule, thresholds)).isEqualTo(DEFAULTS);
    }

    @Test
    void namesTheThresholdsAsTheSettingsRecordDoes() {
        assertThat(RuleThresholds.of(DEFAULTS, AttentionRule.SIDETRACKS_RISING))
                .containsExactly(
                        Map.entry("raiseBy", 1.0),
                        Map.entry("raiseAtLeast", 2.0),
                        Map.entry("clearBy", 0.5),
                        Map.entry("clearBelow", 1.5));
        assertThat(RuleThresholds.of(DEFAULTS, AttentionRule.STALLED)).containsExactly(Map.entry("raiseAfterDays", 28));
        assertThat(RuleThresholds.of(DEFAULTS, AttentionRule.SILENT_DRIFT))
                .containsExactly(
                        Map.entry("raiseAtLeast", 0.25), Map.entry("minShifts", 4), Map.entry("clearBelow", 0.15));
    }

    @Test
    void replacesOnlyTheNamedThresholdsOfOneRule() {
        AttentionSettings changed =
                RuleThresholds.with(DEFAULTS, AttentionRule.OFF_AGREED_TOPIC, Map.of("raiseBelow", 0.75));
        changed = RuleThresholds.with(changed, AttentionRule.SILENT_DRIFT, Map.of("raiseAtLeast", 0.2));
        changed = RuleThresholds.with(changed, AttentionRule.STALLED, Map.of("raiseAfterDays", 21.0));

        assertThat(changed.offAgreedTopic()).isEqualTo(new AttentionSettings.OffAgreedTopic(0.75, 0.75));
        assertThat(changed.silentDrift()).isEqualTo(new AttentionSettings.SilentDrift(0.2, 4, 0.15));
        assertThat(changed.stalled().raiseAfterDays()).isEqualTo(21);
        assertThat(changed.sidetracksRising()).isEqualTo(DEFAULTS.sidetracksRising());
    }

    @Test
    void refusesWhatCannotBeAThresholdNamingTheField() {
        assertInvalid(AttentionRule.OFF_AGREED_TOPIC, Map.of("raiseAbove", 0.5), "rules.OFF_AGREED_TOPIC.raiseAbove");
        assertInvalid(AttentionRule.SIDETRACKS_RISING, Map.of("raiseBy", -0.5), "rules.SIDETRACKS_RISING.raiseBy");
        assertInvalid(
                AttentionRule.SIDETRACKS_RISING, Map.of("raiseBy", Double.NaN), "rules.SIDETRACKS_RISING.raiseBy");
        assertInvalid(AttentionRule.SIDETRACKS_RISING, Map.of("raiseBy", "NaN"), "rules.SIDETRACKS_RISING.raiseBy");
        Map<String, Object> nothing = new HashMap<>();
        nothing.put("raiseBy", null);
        assertInvalid(AttentionRule.SIDETRACKS_RISING, nothing, "rules.SIDETRACKS_RISING.raiseBy");
        assertInvalid(AttentionRule.NO_PROGRESS, Map.of("raiseAtLeast", 2.5), "rules.NO_PROGRESS.raiseAtLeast");
        assertInvalid(AttentionRule.NO_PROGRESS, Map.of("clear", 0), "rules.NO_PROGRESS.clear");
        assertInvalid(AttentionRule.SILENT_DRIFT, Map.of("raiseAtLeast", 1.5), "rules.SILENT_DRIFT.raiseAtLeast");
        assertInvalid(
                AttentionRule.AGREEMENT_SLOWER, Map.of("minMinutes", 0.12345), "rules.AGREEMENT_SLOWER.minMinutes");
    }

    @Test
    void refusesAClearThresholdOnTheRaisingSideNamingTheOneGiven() {
        assertInvalid(
                AttentionRule.OFF_AGREED_TOPIC, Map.of("clearAtLeast", 0.6), "rules.OFF_AGREED_TOPIC.clearAtLeast");
        assertInvalid(AttentionRule.OFF_AGREED_TOPIC, Map.of("raiseBelow", 0.8), "rules.OFF_AGREED_TOPIC.raiseBelow");
        assertInvalid(AttentionRule.SILENT_DRIFT, Map.of("clearBelow", 0.3), "rules.SILENT_DRIFT.clearBelow");
        assertInvalid(AttentionRule.SIDETRACKS_RISING, Map.of("raiseBy", 0.4), "rules.SIDETRACKS_RISING.raiseBy");
        assertInvalid(AttentionRule.PARKED_TOPIC_RETURNS, Map.of("clear", 4), "rules.PARKED_TOPIC_RETURNS.clear");
        assertInvalid(AttentionRule.AGREEMENT_SLOWER, Map.of("raiseFactor", 1.1), "rules.AGREEMENT_SLOWER.raiseFactor");
        // equal raise and clear thresholds are fine, as is a clear window longer than the raise count
        assertThat(RuleThresholds.with(DEFAULTS, AttentionRule.OFF_AGREED_TOPIC, Map.of("raiseBelow", 0.75))
                        .offAgreedTopic()
                        .raiseBelow())
                .isEqualTo(0.75);
        assertThat(RuleThresholds.with(DEFAULTS, AttentionRule.CONTRACTING_GAPS, Map.of("clear", 8))
                        .contractingGaps()
                        .clear())
                .isEqualTo(8);
    }

    private static void assertInvalid(AttentionRule rule, Map<String, ?> replacements, String field) {
        assertThatThrownBy(() -> RuleThresholds.with(DEFAULTS, rule, replacements))
                .isInstanceOfSatisfying(
                        InvalidThreshold.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
