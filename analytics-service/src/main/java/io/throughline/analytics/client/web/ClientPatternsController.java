package io.throughline.analytics.client.web;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.analytics.client.query.ClientPatterns;
import io.throughline.analytics.client.query.ClientPatternsQuery;
import io.throughline.analytics.web.NotFoundException;
import io.throughline.platform.web.ResourceId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClientPatternsController {

    private final ClientPatternsQuery query;

    ClientPatternsController(ClientPatternsQuery query) {
        this.query = query;
    }

    @Operation(summary = "A client's patterns over its ended sessions, and a page of its sessions (newest first)")
    @GetMapping("/api/v1/orgs/{orgId}/clients/{clientId}/patterns")
    ClientPatterns patterns(
            @PathVariable @ResourceId String orgId,
            @PathVariable @ResourceId String clientId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return query.find(orgId, clientId, page, size).orElseThrow(() -> NotFoundException.client(orgId, clientId));
    }
}
