package io.throughline.analytics.projection.model;

import java.util.Map;

/**
 * A client's sums over all its sessions, rewritten whole by the one consumer that owns the client's
 * partition. {@code c}: counters by {@link Counter} name; {@code t}: shift topics of ended sessions
 * ({@link FieldNames}-encoded) with counts; {@code m}: listed sessions per month, which tells a page
 * of the session list which {@link ListingBucket}s to read; {@code byCoach}: the same counters per
 * coach ({@link FieldNames}-encoded coach id), this client's share of each coach's rollup. Absent
 * entries are zero. Stored by {@link ClientRollupCodec}.
 */
public record ClientRollup(
        String id,
        String orgId,
        String clientId,
        Map<String, Long> c,
        Map<String, Long> t,
        Map<String, Long> m,
        Map<String, Map<String, Long>> byCoach) {

    public long count(Counter counter) {
        return RollupCounts.of(c, counter);
    }

    /** Whether any session of this client names the coach: the clients a coach "has had a session with" (API.md). */
    public boolean hasSessionsWith(String coachId) {
        return count(coachId, Counter.SESSIONS) > 0;
    }

    /** This client's share of the coach's counters. */
    public long count(String coachId, Counter counter) {
        return byCoach == null ? 0 : RollupCounts.of(byCoach.get(FieldNames.encode(coachId)), counter);
    }
}
