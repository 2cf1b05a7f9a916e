package io.throughline.analytics.coach.web;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.analytics.coach.query.CoachPatterns;
import io.throughline.analytics.coach.query.CoachPatternsQuery;
import io.throughline.analytics.web.NotFoundException;
import io.throughline.platform.web.ResourceId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CoachPatternsController {

    private final CoachPatternsQuery query;

    CoachPatternsController(CoachPatternsQuery query) {
        this.query = query;
    }

    @Operation(summary = "A coach's patterns over the coach's ended sessions")
    @GetMapping("/api/v1/orgs/{orgId}/coaches/{coachId}/patterns")
    CoachPatterns patterns(@PathVariable @ResourceId String orgId, @PathVariable @ResourceId String coachId) {
        return query.find(orgId, coachId).orElseThrow(() -> NotFoundException.coach(orgId, coachId));
    }
}
