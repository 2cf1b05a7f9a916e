package io.throughline.session.web;

import io.throughline.platform.time.BusinessTime;
import io.throughline.platform.time.NotTooFarAhead;
import io.throughline.platform.web.FreeText;
import io.throughline.session.command.CancelSession;
import java.time.Instant;

/** {@code POST /sessions/{sessionId}/cancel}; the body may be left out altogether. */
record CancelRequest(@NotTooFarAhead Instant at, @FreeText String reason) {

    static final CancelRequest EMPTY = new CancelRequest(null, null);

    CancelSession toCommand(String orgId, String sessionId, BusinessTime time) {
        return new CancelSession(sessionId, orgId, reason, time.orNow(at));
    }
}
