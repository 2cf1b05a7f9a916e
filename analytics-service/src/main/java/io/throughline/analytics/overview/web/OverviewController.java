package io.throughline.analytics.overview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.analytics.overview.query.Overview;
import io.throughline.analytics.overview.query.OverviewQuery;
import io.throughline.platform.web.ResourceId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OverviewController {

    private final OverviewQuery query;

    OverviewController(OverviewQuery query) {
        this.query = query;
    }

    @Operation(summary = "Every client's and coach's headline figures, and the organisation-wide sidetrack frequencies")
    @GetMapping("/api/v1/orgs/{orgId}/overview")
    Overview overview(@PathVariable @ResourceId String orgId) {
        return query.find(orgId);
    }
}
