package io.throughline.prepform.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.throughline.platform.time.NotTooFarAhead;
import io.throughline.platform.web.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

@Schema(description = "A new form, or the answers for the form of a session that already has one.")
record CreatePrepFormRequest(
        @Schema(
                description = "Omit it: a session's form has an id derived from the session, a form without a session"
                        + " gets a UUID. When given for a session, it must be that derived id.")
        @ResourceId
        String prepFormId,

        @NotNull @ResourceId String clientId,

        @Schema(description = "The session the form prepares for") @ResourceId
        String sessionId,

        @NotNull @Valid AnswersRequest answers,

        @Schema(description = "When it happened; default now, at most 5 minutes ahead") @NotTooFarAhead
        Instant at) {}
