package io.throughline.session.web;

import io.throughline.platform.time.BusinessTime;
import io.throughline.platform.time.NotTooFarAhead;
import io.throughline.platform.web.FreeText;
import io.throughline.session.command.ReContract;
import io.throughline.session.command.ReContractOutcome;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

record ReContractRequest(
        @NotTooFarAhead Instant at,
        @NotNull ReContractOutcome outcome,
        @FreeText String note) {

    ReContract toCommand(String orgId, String sessionId, String shiftId, BusinessTime time) {
        return new ReContract(sessionId, orgId, shiftId, outcome, note, time.orNow(at));
    }
}
