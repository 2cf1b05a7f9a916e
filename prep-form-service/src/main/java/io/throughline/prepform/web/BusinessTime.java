package io.throughline.prepform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The {@code at} of a write: a client may record it afterwards, so it may lie in the past, but not
 * further ahead than clocks plausibly disagree. The form itself checks it against its history (409).
 */
record BusinessTime(Clock clock) {

    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    Instant resolve(Instant at) {
        if (at == null) {
            return clock.instant();
        }
        if (at.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw new InvalidInput("at", "must not be more than 5 minutes in the future");
        }
        return at;
    }
}
