package io.throughline.analytics.flags.store;

import java.time.Instant;

/**
 * Someone ({@code by}, the token's {@code sub}) has seen a flag, {@code at} a time, with a note. It holds for the flag
 * as long as no evidence newer than {@code evidenceUpTo} (its newest evidence then) makes the rule true again.
 */
public record Acknowledgement(String note, String by, Instant at, Instant evidenceUpTo) {

    /** Whether this still covers a flag whose newest evidence is at {@code newestEvidence}. */
    public boolean covers(Instant newestEvidence) {
        return newestEvidence == null || !newestEvidence.isAfter(evidenceUpTo);
    }
}
