package io.throughline.analytics.history.web;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.analytics.history.query.Subject;
import io.throughline.analytics.history.query.Trend;
import io.throughline.analytics.history.query.TrendsQuery;
import io.throughline.analytics.settings.store.AnalyticsSettingsStore;
import io.throughline.analytics.web.NotFoundException;
import io.throughline.platform.web.ResourceId;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrendsController {

    private final TrendsQuery query;
    private final AnalyticsSettingsStore settings;
    private final Clock clock;

    TrendsController(TrendsQuery query, AnalyticsSettingsStore settings, Clock clock) {
        this.query = query;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(summary = "A client's figures per week or month in the organisation's time zone (METRICS.md, Trends)")
    @GetMapping("/api/v1/orgs/{orgId}/clients/{clientId}/trends")
    Trend client(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String clientId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String rolling,
            @RequestParam(required = false) String asOf) {
        return trend(Subject.client(orgId, clientId), period, from, to, rolling, asOf);
    }

    @Operation(summary = "A coach's figures per week or month over the coach's sessions (METRICS.md, Trends)")
    @GetMapping("/api/v1/orgs/{orgId}/coaches/{coachId}/trends")
    Trend coach(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String coachId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String rolling,
            @RequestParam(required = false) String asOf) {
        return trend(Subject.coach(orgId, coachId), period, from, to, rolling, asOf);
    }

    @Operation(summary = "The organisation's figures per week or month; rising topics only of at least 3 clients")
    @GetMapping("/api/v1/orgs/{orgId}/trends")
    Trend organisation(
            @PathVariable @ResourceId String orgId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String rolling,
            @RequestParam(required = false) String asOf) {
        return trend(Subject.organisation(orgId), period, from, to, rolling, asOf);
    }

    private Trend trend(Subject subject, String period, String from, String to, String rolling, String asOf) {
        var zone = settings.find(subject.orgId()).zone();
        var trendQuery = HistoryParameters.trendQuery(period, from, to, rolling, asOf, zone, clock.instant());
        return query.find(subject, trendQuery).orElseThrow(() -> notFound(subject));
    }

    static NotFoundException notFound(Subject subject) {
        return subject.type() == Subject.Type.CLIENT
                ? NotFoundException.client(subject.orgId(), subject.id())
                : NotFoundException.coach(subject.orgId(), subject.id());
    }
}
