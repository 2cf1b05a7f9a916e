package io.throughline.analytics.projection.model;

import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A client's sums over all its sessions. {@code c}: counters by {@link Counter} name; {@code t}:
 * shift topics of ended sessions ({@link FieldNames}-encoded) with counts; {@code m}: listed sessions
 * per month, which tells a page of the session list which {@link ListingBucket}s to read.
 */
public record ClientRollup(@BsonId String id, String orgId, String clientId, Map<String, Long> c,
                           Map<String, Long> t, Map<String, Long> m) {

    public static final String COUNTERS = "c";
    public static final String TOPICS = "t";
    public static final String MONTHS = "m";

    public long count(Counter counter) {
        return RollupCounts.of(c, counter);
    }
}
