package io.throughline.platform.time;

import static io.throughline.platform.time.BusinessTimeRule.NOT_BEFORE_PREVIOUS_EVENT;

import java.time.Instant;
import java.util.Objects;

/**
 * The business time of an aggregate's latest event, which the {@code at} of a command may not go before (409,
 * {@link BusinessTimeRule#NOT_BEFORE_PREVIOUS_EVENT}). An event one service raises because of another keeps its
 * cause's time and may lie earlier; the latest time stays, so it bounds every later write.
 */
public record LatestEventTime(Instant at) {

    /** Before the aggregate's first event: every time is admitted. */
    public static final LatestEventTime NONE = new LatestEventTime(Instant.MIN);

    public LatestEventTime {
        Objects.requireNonNull(at, "at");
    }

    /** The latest time once an event that happened at {@code occurredAt} is applied. */
    public LatestEventTime after(Instant occurredAt) {
        return occurredAt.isAfter(at) ? new LatestEventTime(occurredAt) : this;
    }

    /** Refuses a command dated before the latest event; the same instant is admitted. */
    public void admit(Instant commandAt) {
        NOT_BEFORE_PREVIOUS_EVENT.check(
                !commandAt.isBefore(at), "at " + commandAt + " is before the previous event at " + at);
    }
}
