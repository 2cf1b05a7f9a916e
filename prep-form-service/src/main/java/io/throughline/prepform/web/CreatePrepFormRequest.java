package io.throughline.prepform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;

@Schema(description = "A new form, or the answers for the form of a session that already has one.")
record CreatePrepFormRequest(
        @Schema(description = "Omit it: a session's form has an id derived from the session, a form without a session"
                + " gets a UUID. When given for a session, it must be that derived id.")
        @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String prepFormId,
        @NotNull @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String clientId,
        @Schema(description = "The session the form prepares for")
        @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String sessionId,
        @NotNull @Valid AnswersRequest answers,
        @Schema(description = "When it happened; default now, at most 5 minutes ahead") Instant at) {
}
