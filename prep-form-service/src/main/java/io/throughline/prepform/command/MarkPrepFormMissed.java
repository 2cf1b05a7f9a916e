package io.throughline.prepform.command;

import java.time.Instant;
import java.util.Objects;

/**
 * Sent because the form's session started: {@code at} is the started event's occurredAt. A
 * submitted form ignores it.
 */
public record MarkPrepFormMissed(String prepFormId, String orgId, String clientId, String sessionId, Instant at)
        implements PrepFormCommand {

    public MarkPrepFormMissed {
        Objects.requireNonNull(prepFormId, "prepFormId");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(at, "at");
    }

    public static MarkPrepFormMissed forSession(String orgId, String clientId, String sessionId, Instant at) {
        return new MarkPrepFormMissed(
                PrepFormKey.forSession(orgId, sessionId).prepFormId(), orgId, clientId, sessionId, at);
    }
}
