package io.throughline.session.web;

import io.throughline.platform.time.BusinessTime;
import io.throughline.platform.time.NotTooFarAhead;
import io.throughline.platform.web.FreeText;
import io.throughline.session.command.AgreeSession;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;

/**
 * The session agreement (ICF PCC 3.1–3.4): what the client wants from the session, how success is
 * measured, why it matters, what must be addressed. Only the topic is required.
 */
record AgreementRequest(
        @NotTooFarAhead Instant at,
        @NotBlank @FreeText String topic,
        @FreeText String successMeasure,
        @FreeText String importance,
        @FreeText String toAddress) {

    AgreeSession toCommand(String orgId, String sessionId, BusinessTime time) {
        return new AgreeSession(sessionId, orgId, topic, successMeasure, importance, toAddress, time.orNow(at));
    }
}
