package io.throughline.analytics.settings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.analytics.flags.query.AttentionQuery;
import io.throughline.analytics.flags.query.ThresholdPreview;
import io.throughline.analytics.flags.store.AttentionMarks;
import io.throughline.analytics.flags.web.AttentionParameters;
import io.throughline.analytics.settings.store.AnalyticsSettings;
import io.throughline.analytics.settings.store.AnalyticsSettingsStore;
import io.throughline.analytics.web.InvalidParameterException;
import io.throughline.platform.security.Caller;
import io.throughline.platform.web.ResourceId;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation's analytics settings (the time zone, and per attention rule whether it is on and its
 * thresholds, with the share of useful answers its flags got), and the preview of a proposed change: which flags
 * it would raise and clear. Thresholds apply when attention is read, so a change needs no rebuild.
 */
@RestController
class AnalyticsSettingsController {

    private static final String SETTINGS = "/api/v1/orgs/{orgId}/analytics-settings";

    private final AnalyticsSettingsStore store;
    private final AttentionQuery attention;
    private final AttentionMarks marks;
    private final Clock clock;

    AnalyticsSettingsController(
            AnalyticsSettingsStore store, AttentionQuery attention, AttentionMarks marks, Clock clock) {
        this.store = store;
        this.attention = attention;
        this.marks = marks;
        this.clock = clock;
    }

    @Operation(
            summary = "The organisation's analytics settings: time zone (default UTC), per rule enabled, thresholds"
                    + " (default METRICS.md's) and feedback {useful, notUseful, usefulShare}; who changed them last")
    @GetMapping(SETTINGS)
    SettingsView settings(@PathVariable @ResourceId String orgId) {
        return view(store.find(orgId));
    }

    @Operation(
            summary =
                    "Changes the settings (org-admin): timeZone (IANA id) and/or rules {RULE: {enabled, <threshold>}};"
                            + " partial, so a missing timeZone, rule or threshold keeps its current value; {} is a 400")
    @PutMapping(SETTINGS)
    SettingsView update(@PathVariable @ResourceId String orgId, @RequestBody SettingsRequest request) {
        if (request.empty()) {
            throw new InvalidParameterException("rules", "name timeZone or at least one rule to change");
        }
        String who = Caller.current().map(Caller::subject).orElse(null);
        AnalyticsSettings changed =
                request.applyTo(store.find(orgId), who, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return view(
                store.save(orgId, changed.timeZone(), changed.attention(), changed.updatedBy(), changed.updatedAt()));
    }

    @Operation(
            summary = "Previews a proposed change (the PUT's shape, partial) without saving it: the flags it would"
                    + " raise and clear as of asOf (default now) against the current settings")
    @PostMapping(SETTINGS + "/preview")
    ThresholdPreview preview(
            @PathVariable @ResourceId String orgId,
            @RequestParam(required = false) String asOf,
            @RequestBody SettingsRequest proposal) {
        return attention.preview(
                orgId, AttentionParameters.asOf(asOf, clock.instant()), proposal.applyTo(store.find(orgId)));
    }

    private SettingsView view(AnalyticsSettings settings) {
        return SettingsView.of(settings, marks.feedbackByRule(settings.orgId()));
    }
}
