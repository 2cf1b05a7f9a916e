package io.throughline.session.command;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The conversation drifted to {@code topic}; the caller chooses the {@code shiftId} so a retry can be recognised. */
public record ShiftTopic(String sessionId, String orgId, String shiftId, String topic, NoticedBy noticedBy, Instant at)
        implements SessionCommand {

    public ShiftTopic {
        requireNonNull(sessionId, "sessionId");
        requireNonNull(orgId, "orgId");
        requireNonNull(shiftId, "shiftId");
        requireNonNull(topic, "topic");
        requireNonNull(noticedBy, "noticedBy");
        requireNonNull(at, "at");
    }
}
