package io.throughline.prepform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.throughline.platform.time.NotTooFarAhead;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

@Schema(description = "Replaces all five answers: one left out becomes unanswered.")
record UpdateAnswersRequest(
        @NotNull @Valid AnswersRequest answers,

        @Schema(description = "When it happened; default now, at most 5 minutes ahead") @NotTooFarAhead
        Instant at) {}
