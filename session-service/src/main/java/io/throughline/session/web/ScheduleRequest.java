package io.throughline.session.web;

import io.throughline.platform.time.BusinessTime;
import io.throughline.platform.time.NotTooFarAhead;
import io.throughline.platform.web.ResourceId;
import io.throughline.session.command.ScheduleSession;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** {@code POST /sessions}; the server makes a UUID when {@code sessionId} is missing. */
record ScheduleRequest(
        @ResourceId String sessionId,
        @NotNull @ResourceId String clientId,
        @NotNull @ResourceId String coachId,
        @NotNull Instant scheduledStart,
        @NotNull @Min(1) @Max(480) Integer plannedMinutes,
        @NotTooFarAhead Instant at) {

    ScheduleSession toCommand(String orgId, BusinessTime time) {
        return new ScheduleSession(
                sessionId != null ? sessionId : UUID.randomUUID().toString(),
                orgId,
                clientId,
                coachId,
                scheduledStart,
                plannedMinutes,
                time.orNow(at));
    }
}
