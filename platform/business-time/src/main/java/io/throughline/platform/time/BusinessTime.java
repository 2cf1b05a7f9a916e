package io.throughline.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Business time of a write: a coach may log a session afterwards, so {@code at} may lie in the past, but not
 * further in the future than clocks plausibly disagree. The web layer resolves {@code at} with this before building
 * a command; the aggregate then checks it against its history ({@link LatestEventTime}).
 */
public record BusinessTime(Clock clock) {

    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    /** {@code at} as the client gave it, or now when it gave none. */
    public Instant orNow(Instant at) {
        return at != null ? at : clock.instant();
    }

    /** True when {@code at} cannot have happened yet: invalid input (400), not a broken rule. */
    public boolean isTooFarAhead(Instant at) {
        return at.isAfter(clock.instant().plus(FUTURE_TOLERANCE));
    }
}
