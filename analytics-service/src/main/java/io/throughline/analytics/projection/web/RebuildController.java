package io.throughline.analytics.projection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.analytics.projection.rebuild.Rebuild;
import io.throughline.analytics.projection.rebuild.RebuildProgress;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(RebuildController.PATH)
class RebuildController {

    static final String PATH = "/api/v1/admin/projections/rebuild";

    private final Rebuild rebuild;

    RebuildController(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(
            summary =
                    "Rebuild every read model from the beginning of both topics; the current ones serve until it switches over")
    @PostMapping
    ResponseEntity<RebuildProgress> start() {
        return ResponseEntity.accepted().location(URI.create(PATH)).body(rebuild.start());
    }

    @Operation(summary = "The rebuild's progress: state, processed, total, percent")
    @GetMapping
    RebuildProgress progress() {
        return rebuild.progress();
    }
}
