package io.throughline.prepform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.throughline.platform.time.NotTooFarAhead;
import java.time.Instant;

record SubmitPrepFormRequest(
        @Schema(description = "When it was submitted; default now, at most 5 minutes ahead") @NotTooFarAhead
        Instant at) {}
