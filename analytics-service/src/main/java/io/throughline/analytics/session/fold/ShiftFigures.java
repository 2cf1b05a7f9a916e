package io.throughline.analytics.session.fold;

import java.time.Duration;
import java.time.Instant;

/**
 * A topic shift as the session saw it. {@code outcome} is empty while the shift is open in a session
 * that has not ended, {@code UNRESOLVED} if it was still open at the end; {@code outcomeAsGiven} keeps
 * a re-contract outcome this version does not know.
 */
public record ShiftFigures(
        String shiftId,
        String topic,
        String noticedBy,
        Instant at,
        ReContractOutcome outcome,
        String outcomeAsGiven,
        Instant reContractedAt) {

    public boolean reContracted() {
        return reContractedAt != null;
    }

    public Long millisToReContract() {
        return reContractedAt == null
                ? null
                : Duration.between(at, reContractedAt).toMillis();
    }
}
