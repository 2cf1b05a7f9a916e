package io.throughline.platform.eventstore;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The tracking position of an event: its commit's position times {@value #EVENTS_PER_COMMIT} plus
 * its index within the commit. Commit 12's third event is at 12002. Positions of consecutive
 * commits are consecutive, so the tokens are Axon's plain {@link GlobalSequenceTrackingToken}s,
 * increasing, with gaps only between commits, never skipped by a reader.
 */
final class TrackingPositions {

    static final int EVENTS_PER_COMMIT = 1000;

    private TrackingPositions() {}

    static GlobalSequenceTrackingToken token(long commit, int index) {
        return new GlobalSequenceTrackingToken(commit * EVENTS_PER_COMMIT + index);
    }

    /** The token just before the first event of {@code commit}. */
    static GlobalSequenceTrackingToken before(long commit) {
        return new GlobalSequenceTrackingToken(commit * EVENTS_PER_COMMIT - 1);
    }

    /** The global index of the last event a reader has seen; -1 before the first. */
    static long lastSeen(TrackingToken token) {
        if (token == null) {
            return -1;
        }
        if (token instanceof GlobalSequenceTrackingToken global) {
            return global.getGlobalIndex();
        }
        throw new IllegalArgumentException("This event store tracks with GlobalSequenceTrackingToken, not "
                + token.getClass().getName());
    }

    /** The commit holding the event at {@code globalIndex}. */
    static long commitOf(long globalIndex) {
        return globalIndex < 0 ? 0 : globalIndex / EVENTS_PER_COMMIT;
    }
}
