package io.throughline.localstack.process;

import java.time.Duration;

/**
 * When a supervised process that exited unasked is started again: after a back-off that doubles with
 * every crash of the window ({@code firstBackOff}, twice that, four times … at most {@code maxBackOff}),
 * and not at all once it crashed {@code maxCrashes} times within {@code window}: then it is left down.
 *
 * @param firstBackOff the wait before the first restart
 * @param maxBackOff the longest wait
 * @param maxCrashes how many crashes within {@code window} leave the process down
 * @param window how far back crashes count
 */
public record RestartPolicy(Duration firstBackOff, Duration maxBackOff, int maxCrashes, Duration window) {

    /** 1 s, 2 s, 4 s … at most 30 s; left down after 5 crashes within 5 minutes. */
    public static final RestartPolicy STANDARD =
            new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 5, Duration.ofMinutes(5));

    public RestartPolicy {
        if (firstBackOff.isNegative() || maxBackOff.compareTo(firstBackOff) < 0) {
            throw new IllegalArgumentException("back-off " + firstBackOff + " … " + maxBackOff);
        }
        if (maxCrashes < 1 || !window.isPositive()) {
            throw new IllegalArgumentException(maxCrashes + " crashes within " + window);
        }
    }

    /** The wait before starting again after the {@code crashesInWindow}-th crash of the window (1-based). */
    public Duration backOff(int crashesInWindow) {
        Duration wait = firstBackOff;
        for (int i = 1; i < crashesInWindow && wait.compareTo(maxBackOff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackOff) > 0 ? maxBackOff : wait;
    }

    /** Whether a process that crashed {@code crashesInWindow} times within the window is left down. */
    public boolean givesUp(int crashesInWindow) {
        return crashesInWindow >= maxCrashes;
    }
}
