package io.throughline.analytics.session.web;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.analytics.session.query.Timeline;
import io.throughline.analytics.session.query.TimelineQuery;
import io.throughline.analytics.web.NotFoundException;
import io.throughline.platform.web.ResourceId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

    private final TimelineQuery query;

    TimelineController(TimelineQuery query) {
        this.query = query;
    }

    @Operation(summary = "The session's segments in time: on the agreed topic, off it, connected context")
    @GetMapping("/api/v1/orgs/{orgId}/sessions/{sessionId}/timeline")
    Timeline timeline(@PathVariable @ResourceId String orgId, @PathVariable @ResourceId String sessionId) {
        return query.find(orgId, sessionId).orElseThrow(() -> NotFoundException.session(orgId, sessionId));
    }
}
