package io.throughline.analytics.projection.model;

import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A coach's sums, kept per client ({@link FieldNames}-encoded client id → counters): each client's
 * share is written only by whoever owns that client's partition, and a query adds them up.
 */
public record CoachRollup(@BsonId String id, String orgId, String coachId, Map<String, Map<String, Long>> byClient) {

    public static final String BY_CLIENT = "byClient";

    public long count(Counter counter) {
        return byClient == null ? 0 : byClient.values().stream().mapToLong(counters -> RollupCounts.of(counters, counter)).sum();
    }
}
