package io.throughline.analytics.settings.store;

import java.time.Instant;
import java.time.ZoneId;

/**
 * An organisation's analytics settings: the IANA {@code timeZone} its trends' periods are cut in
 * (default {@code UTC}), and who changed them last and when ({@code null} while never changed).
 */
public record AnalyticsSettings(String orgId, String timeZone, String updatedBy, Instant updatedAt) {

    public static final String DEFAULT_ZONE = "UTC";

    public static AnalyticsSettings defaults(String orgId) {
        return new AnalyticsSettings(orgId, DEFAULT_ZONE, null, null);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
