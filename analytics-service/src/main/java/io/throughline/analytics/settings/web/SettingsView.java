package io.throughline.analytics.settings.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.throughline.analytics.attention.AttentionRule;
import io.throughline.analytics.attention.RuleThresholds;
import io.throughline.analytics.flags.store.FeedbackCount;
import io.throughline.analytics.settings.store.AnalyticsSettings;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The analytics settings as {@code GET} and {@code PUT} answer them: the time zone, all nine rules with
 * {@code enabled}, their thresholds by name and their feedback, and who changed the settings last and when.
 */
record SettingsView(
        String orgId,
        String timeZone,

        @Schema(
                description = "per rule name: {enabled, <threshold>: number, …, feedback: {useful, notUseful,"
                        + " usefulShare}}; usefulShare null while no flag of the rule was answered")
        Map<String, Map<String, Object>> rules,

        String updatedBy,
        Instant updatedAt) {

    static SettingsView of(AnalyticsSettings settings, Map<String, FeedbackCount> feedback) {
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
        for (AttentionRule rule : AttentionRule.values()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("enabled", settings.attention().enabled(rule));
            one.putAll(RuleThresholds.of(settings.attention(), rule));
            one.put("feedback", feedback.getOrDefault(rule.name(), FeedbackCount.NONE));
            rules.put(rule.name(), one);
        }
        return new SettingsView(
                settings.orgId(), settings.timeZone(), rules, settings.updatedBy(), settings.updatedAt());
    }
}
