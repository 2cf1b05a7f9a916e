package io.throughline.analytics.settings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.analytics.settings.store.AnalyticsSettings;
import io.throughline.analytics.settings.store.AnalyticsSettingsStore;
import io.throughline.analytics.web.InvalidParameterException;
import io.throughline.platform.security.Caller;
import io.throughline.platform.web.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AnalyticsSettingsController {

    /** What an org-admin may set: the organisation's IANA time zone. */
    record SettingsRequest(@NotBlank String timeZone) {}

    private final AnalyticsSettingsStore store;
    private final Clock clock;

    AnalyticsSettingsController(AnalyticsSettingsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Operation(summary = "The organisation's analytics settings (default time zone UTC), with who changed them last")
    @GetMapping("/api/v1/orgs/{orgId}/analytics-settings")
    AnalyticsSettings settings(@PathVariable @ResourceId String orgId) {
        return store.find(orgId);
    }

    @Operation(summary = "Sets the organisation's time zone (an IANA id such as Europe/Amsterdam); org-admin only")
    @PutMapping("/api/v1/orgs/{orgId}/analytics-settings")
    AnalyticsSettings update(@PathVariable @ResourceId String orgId, @Valid @RequestBody SettingsRequest request) {
        if (!ZoneId.getAvailableZoneIds().contains(request.timeZone())) {
            throw new InvalidParameterException("timeZone", "must be an IANA time-zone id such as Europe/Amsterdam");
        }
        String who = Caller.current().map(Caller::subject).orElse(null);
        return store.save(orgId, request.timeZone(), who, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
