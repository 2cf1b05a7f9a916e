package io.throughline.session.web;

import io.throughline.platform.time.BusinessTime;
import io.throughline.platform.time.NotTooFarAhead;
import io.throughline.platform.web.FreeText;
import io.throughline.platform.web.ResourceId;
import io.throughline.session.command.NoticedBy;
import io.throughline.session.command.ShiftTopic;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** {@code shiftId} names the shift for its re-contract; the server makes a UUID when it is missing. */
record TopicShiftRequest(
        @ResourceId String shiftId,
        @NotTooFarAhead Instant at,
        @NotBlank @FreeText String topic,
        @NotNull NoticedBy noticedBy) {

    ShiftTopic toCommand(String orgId, String sessionId, BusinessTime time) {
        return new ShiftTopic(
                sessionId,
                orgId,
                shiftId != null ? shiftId : UUID.randomUUID().toString(),
                topic,
                noticedBy,
                time.orNow(at));
    }
}
