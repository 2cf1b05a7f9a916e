package io.throughline.session.command;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The session agreement (ICF PCC 3.1–3.4); only the topic is required. */
public record AgreeSession(
        String sessionId,
        String orgId,
        String topic,
        String successMeasure,
        String importance,
        String toAddress,
        Instant at)
        implements SessionCommand {

    public AgreeSession {
        requireNonNull(sessionId, "sessionId");
        requireNonNull(orgId, "orgId");
        requireNonNull(topic, "topic");
        requireNonNull(at, "at");
    }
}
