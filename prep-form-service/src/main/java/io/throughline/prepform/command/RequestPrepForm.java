package io.throughline.prepform.command;

import java.time.Instant;
import java.util.Objects;

/**
 * Sent because a session was scheduled: {@code at} is the scheduled event's occurredAt, {@code coachId} the
 * session's coach, who may read the form once it is submitted.
 */
public record RequestPrepForm(
        String prepFormId, String orgId, String clientId, String sessionId, String coachId, Instant dueBy, Instant at)
        implements PrepFormCommand {

    public RequestPrepForm {
        Objects.requireNonNull(prepFormId, "prepFormId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(coachId, "coachId");
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(at, "at");
    }

    public static RequestPrepForm forSession(
            String orgId, String clientId, String sessionId, String coachId, Instant dueBy, Instant at) {
        return new RequestPrepForm(
                PrepFormKey.forSession(orgId, sessionId).prepFormId(), orgId, clientId, sessionId, coachId, dueBy, at);
    }
}
