package io.throughline.analytics.projection.store;

import io.throughline.analytics.projection.model.ClientRollup;
import io.throughline.analytics.projection.model.Contribution;
import io.throughline.analytics.projection.model.FieldNames;
import java.util.Map;
import java.util.TreeMap;

/**
 * A client's rollup being changed: starts from what is stored (or nothing), adds and takes away
 * session contributions, and drops whatever comes to zero, so moving a rollup session by session
 * and summing it afresh give the very same document.
 */
final class ClientSums {

    private final String id;
    private final String orgId;
    private final String clientId;
    private final Map<String, Long> counters;
    private final Map<String, Long> topics;
    private final Map<String, Long> months;
    private final Map<String, Map<String, Long>> byCoach = new TreeMap<>();

    private ClientSums(
            String id,
            String orgId,
            String clientId,
            Map<String, Long> counters,
            Map<String, Long> topics,
            Map<String, Long> months) {
        this.id = id;
        this.orgId = orgId;
        this.clientId = clientId;
        this.counters = new TreeMap<>(counters);
        this.topics = new TreeMap<>(topics);
        this.months = new TreeMap<>(months);
    }

    static ClientSums empty(String id, String orgId, String clientId) {
        return new ClientSums(id, orgId, clientId, Map.of(), Map.of(), Map.of());
    }

    static ClientSums of(ClientRollup stored) {
        ClientSums sums = new ClientSums(
                stored.id(),
                stored.orgId(),
                stored.clientId(),
                orEmpty(stored.c()),
                orEmpty(stored.t()),
                orEmpty(stored.m()));
        if (stored.byCoach() != null) {
            stored.byCoach().forEach((coach, counters) -> sums.byCoach.put(coach, new TreeMap<>(counters)));
        }
        return sums;
    }

    void add(Contribution contribution, int sign) {
        contribution.counters().forEach((counter, value) -> merge(counters, counter.name(), sign * value));
        contribution.topics().forEach((topic, count) -> merge(topics, FieldNames.encode(topic), sign * count));
        if (contribution.listing() != null) {
            merge(months, contribution.listing().month(), sign);
        }
        if (contribution.coachId() != null) {
            String coach = FieldNames.encode(contribution.coachId());
            Map<String, Long> share = byCoach.computeIfAbsent(coach, key -> new TreeMap<>());
            contribution.counters().forEach((counter, value) -> {
                if (counter.perCoach()) {
                    merge(share, counter.name(), sign * value);
                }
            });
            if (share.isEmpty()) {
                byCoach.remove(coach);
            }
        }
    }

    ClientRollup toRollup() {
        return new ClientRollup(id, orgId, clientId, counters, topics, months, byCoach);
    }

    private static void merge(Map<String, Long> sums, String key, long value) {
        if (sums.merge(key, value, Long::sum) == 0L) {
            sums.remove(key);
        }
    }

    private static Map<String, Long> orEmpty(Map<String, Long> map) {
        return map == null ? Map.of() : map;
    }
}
