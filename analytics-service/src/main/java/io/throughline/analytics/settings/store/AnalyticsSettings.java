package io.throughline.analytics.settings.store;

import io.throughline.analytics.attention.AttentionSettings;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An organisation's analytics settings: the IANA {@code timeZone} its trends' periods are cut in
 * (default {@code UTC}), the attention rules' thresholds and which rules are switched off (default
 * METRICS.md's), and who changed them last and when ({@code null} while never changed).
 */
public record AnalyticsSettings(
        String orgId, String timeZone, AttentionSettings attention, String updatedBy, Instant updatedAt) {

    public static final String DEFAULT_ZONE = "UTC";

    public static AnalyticsSettings defaults(String orgId) {
        return new AnalyticsSettings(orgId, DEFAULT_ZONE, AttentionSettings.defaults(), null, null);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
