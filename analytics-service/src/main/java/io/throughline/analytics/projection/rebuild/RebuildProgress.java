package io.throughline.analytics.projection.rebuild;

import java.time.Instant;

/**
 * Where a rebuild stands. {@code total} is what both topics held when it started, and grows with
 * what arrives before it catches up; {@code percent} is {@code processed} of that, at most 100.
 */
public record RebuildProgress(
        State state,
        long processed,
        long total,
        double percent,
        Integer generation,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    public enum State {
        IDLE,
        RUNNING,
        COMPLETED,
        FAILED
    }

    public static RebuildProgress idle() {
        return new RebuildProgress(State.IDLE, 0, 0, 0, null, null, null, null);
    }

    static double percent(long processed, long total) {
        return total == 0 ? 100.0 : Math.min(100.0, Math.floor(processed * 1000.0 / total) / 10);
    }
}
