package io.throughline.session.web;

import io.throughline.platform.time.BusinessTime;
import io.throughline.platform.time.NotTooFarAhead;
import io.throughline.platform.web.FreeText;
import io.throughline.session.command.EndSession;
import io.throughline.session.command.Progress;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The end of the session with its progress check (ICF PCC 8.1). */
record EndRequest(
        @NotTooFarAhead Instant at,
        @NotNull Progress progress,
        @FreeText String clientFeedback) {

    EndSession toCommand(String orgId, String sessionId, BusinessTime time) {
        return new EndSession(sessionId, orgId, progress, clientFeedback, time.orNow(at));
    }
}
