package io.throughline.analytics.history.web;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.analytics.history.query.SessionRows;
import io.throughline.analytics.history.query.SessionsQuery;
import io.throughline.analytics.history.query.Subject;
import io.throughline.analytics.settings.store.AnalyticsSettingsStore;
import io.throughline.platform.web.ResourceId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SessionsController {

    private final SessionsQuery query;
    private final AnalyticsSettingsStore settings;

    SessionsController(SessionsQuery query, AnalyticsSettingsStore settings) {
        this.query = query;
        this.settings = settings;
    }

    @Operation(summary = "A client's sessions by sessionAt in [from, to) (local dates), with coach, client and shifts")
    @GetMapping("/api/v1/orgs/{orgId}/clients/{clientId}/sessions")
    SessionRows client(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String clientId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @Size(min = 1, max = 2000) String topic,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return sessions(Subject.client(orgId, clientId), from, to, status, topic, page, size);
    }

    @Operation(summary = "A coach's sessions by sessionAt in [from, to) (local dates), with coach, client and shifts")
    @GetMapping("/api/v1/orgs/{orgId}/coaches/{coachId}/sessions")
    SessionRows coach(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String coachId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @Size(min = 1, max = 2000) String topic,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return sessions(Subject.coach(orgId, coachId), from, to, status, topic, page, size);
    }

    private SessionRows sessions(
            Subject subject, String from, String to, String status, String topic, int page, int size) {
        var filter = new SessionsQuery.Filter(
                settings.find(subject.orgId()).zone(),
                HistoryParameters.date("from", from),
                HistoryParameters.date("to", to),
                HistoryParameters.status(status),
                topic);
        return query.find(subject, filter, page, size).orElseThrow(() -> TrendsController.notFound(subject));
    }
}
