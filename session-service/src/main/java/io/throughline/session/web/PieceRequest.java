package io.throughline.session.web;

import io.throughline.platform.time.BusinessTime;
import io.throughline.platform.time.NotTooFarAhead;
import io.throughline.platform.web.FreeText;
import io.throughline.session.command.CompletePiece;
import java.time.Instant;

/** {@code POST /sessions/{sessionId}/pieces}; every field is optional, and so is the body. */
record PieceRequest(
        @NotTooFarAhead Instant at,
        @FreeText String summary,
        @FreeText String nextStep) {

    static final PieceRequest EMPTY = new PieceRequest(null, null, null);

    CompletePiece toCommand(String orgId, String sessionId, BusinessTime time) {
        return new CompletePiece(sessionId, orgId, summary, nextStep, time.orNow(at));
    }
}
