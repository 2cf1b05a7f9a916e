package io.throughline.session.web;

import io.throughline.platform.time.BusinessTime;
import io.throughline.platform.time.NotTooFarAhead;
import io.throughline.session.command.StartSession;
import java.time.Instant;

/** {@code POST /sessions/{sessionId}/start}; the body may be left out altogether. */
record StartRequest(@NotTooFarAhead Instant at) {

    static final StartRequest EMPTY = new StartRequest(null);

    StartSession toCommand(String orgId, String sessionId, BusinessTime time) {
        return new StartSession(sessionId, orgId, time.orNow(at));
    }
}
