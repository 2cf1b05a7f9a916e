package io.throughline.session.web;

import io.throughline.platform.time.BusinessTime;
import io.throughline.platform.time.NotTooFarAhead;
import io.throughline.platform.web.FreeText;
import io.throughline.session.command.CheckIn;
import io.throughline.session.command.Readiness;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

record CheckInRequest(
        @NotTooFarAhead Instant at,
        @NotNull Readiness readiness,
        @FreeText String note) {

    CheckIn toCommand(String orgId, String sessionId, BusinessTime time) {
        return new CheckIn(sessionId, orgId, readiness, note, time.orNow(at));
    }
}
