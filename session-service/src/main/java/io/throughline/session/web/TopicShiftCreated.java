package io.throughline.session.web;

import io.throughline.session.query.SessionView;
import java.time.Instant;

/** The answer to a topic shift: the shift, whose {@code shiftId} a re-contract names, and the session after it. */
record TopicShiftCreated(String shiftId, String topic, String noticedBy, Instant at, SessionView session) {

    static TopicShiftCreated of(String shiftId, SessionView session) {
        SessionView.Shift shift = session.shifts().stream()
                .filter(candidate -> candidate.shiftId().equals(shiftId))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("Session " + session.sessionId() + " has no shift " + shiftId));
        return new TopicShiftCreated(shift.shiftId(), shift.topic(), shift.noticedBy(), shift.at(), session);
    }
}
