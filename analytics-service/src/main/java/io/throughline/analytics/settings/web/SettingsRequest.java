package io.throughline.analytics.settings.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.throughline.analytics.attention.AttentionRule;
import io.throughline.analytics.attention.AttentionSettings;
import io.throughline.analytics.attention.RuleThresholds;
import io.throughline.analytics.attention.RuleThresholds.InvalidThreshold;
import io.throughline.analytics.settings.store.AnalyticsSettings;
import io.throughline.analytics.web.InvalidParameterException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A change of the analytics settings, for {@code PUT} and for the preview: what it names replaces the current
 * value, what it leaves out stays. A rule's {@code feedback} is read-only and ignored, so a {@code GET} answer can
 * be sent back as it is; anything else unknown is a 400 naming the field.
 */
@Schema(
        description = "Partial: a missing timeZone, rule or threshold keeps its current value. rules: {RULE_NAME:"
                + " {enabled, <threshold>: number, …}} with the threshold names GET answers")
record SettingsRequest(
        @Schema(description = "IANA time-zone id such as Europe/Amsterdam")
        String timeZone,

        @Schema(description = "per rule name: enabled and thresholds by name")
        Map<String, Map<String, Object>> rules) {

    private static final String ENABLED = "enabled";
    private static final String FEEDBACK = "feedback";

    boolean empty() {
        return timeZone == null && (rules == null || rules.isEmpty());
    }

    /** The current settings with this change applied, checked; who and when stay the current ones. */
    AnalyticsSettings applyTo(AnalyticsSettings current) {
        String zone = timeZone == null ? current.timeZone() : zone(timeZone);
        AttentionSettings attention = current.attention();
        if (rules != null) {
            Set<AttentionRule> disabled = EnumSet.noneOf(AttentionRule.class);
            disabled.addAll(attention.disabled());
            for (Map.Entry<String, Map<String, Object>> entry : rules.entrySet()) {
                AttentionRule rule = rule(entry.getKey());
                if (entry.getValue() == null) {
                    throw new InvalidParameterException(
                            RuleThresholds.field(rule, null), "must be an object of enabled and thresholds");
                }
                Map<String, Object> thresholds = new LinkedHashMap<>(entry.getValue());
                thresholds.remove(FEEDBACK);
                if (thresholds.containsKey(ENABLED)) {
                    if (!(thresholds.remove(ENABLED) instanceof Boolean enabled)) {
                        throw new InvalidParameterException(
                                RuleThresholds.field(rule, ENABLED), "must be true or false");
                    }
                    if (enabled) {
                        disabled.remove(rule);
                    } else {
                        disabled.add(rule);
                    }
                }
                try {
                    attention = RuleThresholds.with(attention, rule, thresholds);
                } catch (InvalidThreshold e) {
                    throw new InvalidParameterException(e.field(), e.getMessage());
                }
            }
            attention = attention.withDisabled(disabled);
        }
        return new AnalyticsSettings(current.orgId(), zone, attention, current.updatedBy(), current.updatedAt());
    }

    /** The change applied and stamped with who made it and when. */
    AnalyticsSettings applyTo(AnalyticsSettings current, String who, Instant at) {
        AnalyticsSettings changed = applyTo(current);
        return new AnalyticsSettings(changed.orgId(), changed.timeZone(), changed.attention(), who, at);
    }

    private static String zone(String value) {
        if (!ZoneId.getAvailableZoneIds().contains(value)) {
            throw new InvalidParameterException("timeZone", "must be an IANA time-zone id such as Europe/Amsterdam");
        }
        return value;
    }

    private static AttentionRule rule(String name) {
        return Arrays.stream(AttentionRule.values())
                .filter(rule -> rule.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException(
                        "rules." + name, "is not a rule; one of " + Arrays.toString(AttentionRule.values())));
    }
}
