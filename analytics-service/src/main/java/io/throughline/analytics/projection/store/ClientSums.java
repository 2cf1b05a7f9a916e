package io.throughline.analytics.projection.store;

import io.throughline.analytics.projection.model.Contribution;
import io.throughline.analytics.projection.model.Counter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * A client's sums over all its sessions, one document per client in {@code clients}: named
 * {@code counters}, the ended sessions' shift {@code topics} with counts, listed sessions per
 * {@code months}, and {@code coaches}: the same counters per coach, this client's share of each
 * coach's figures. Changed by adding and taking away session contributions; whatever comes to zero
 * is dropped, so moving the sums session by session and summing them afresh give the same document.
 * Only the consumer that owns the client's partition writes it; {@code version} and {@code pending}
 * let the next one tell whether the last batch's session writes all landed ({@link ProjectionWriter}).
 */
public final class ClientSums {

    static final String VERSION = "version";
    static final String PENDING = "pending";

    final String id;
    final String orgId;
    final String clientId;
    private final Map<Counter, Long> counters = new TreeMap<>();
    private final Map<String, Long> topics = new TreeMap<>();
    private final Map<String, Long> months = new TreeMap<>();
    private final Map<String, Map<Counter, Long>> byCoach = new TreeMap<>();
    final long version;
    final List<String> pending;

    private ClientSums(String id, String orgId, String clientId, long version, List<String> pending) {
        this.id = id;
        this.orgId = orgId;
        this.clientId = clientId;
        this.version = version;
        this.pending = pending;
    }

    static ClientSums empty(String id, String orgId, String clientId) {
        return new ClientSums(id, orgId, clientId, 0, List.of());
    }

    public static ClientSums read(Document d) {
        Number version = (Number) d.get(VERSION);
        List<String> pending = d.getList(PENDING, String.class);
        ClientSums sums = new ClientSums(
                d.getString("_id"),
                d.getString("orgId"),
                d.getString("clientId"),
                version == null ? 0 : version.longValue(),
                pending == null ? List.of() : pending);
        readCounters(d.get("counters", Document.class), sums.counters);
        for (Document topic : d.getList("topics", Document.class, List.of())) {
            sums.topics.put(topic.getString("topic"), number(topic, "count"));
        }
        for (Document month : d.getList("months", Document.class, List.of())) {
            sums.months.put(month.getString("month"), number(month, "sessions"));
        }
        for (Document coach : d.getList("coaches", Document.class, List.of())) {
            Map<Counter, Long> share = new TreeMap<>();
            readCounters(coach.get("counters", Document.class), share);
            sums.byCoach.put(coach.getString("coachId"), share);
        }
        return sums;
    }

    /** Sums with nothing pending, to be written as the given version. */
    ClientSums copy() {
        ClientSums copy = new ClientSums(id, orgId, clientId, version, List.of());
        copy.counters.putAll(counters);
        copy.topics.putAll(topics);
        copy.months.putAll(months);
        byCoach.forEach((coach, share) -> copy.byCoach.put(coach, new TreeMap<>(share)));
        return copy;
    }

    void add(Contribution contribution, int sign) {
        contribution.counters().forEach((counter, value) -> merge(counters, counter, sign * value));
        contribution.topics().forEach((topic, count) -> merge(topics, topic, sign * count));
        if (contribution.listing() != null) {
            merge(months, contribution.listing().month(), sign);
        }
        if (contribution.coachId() != null) {
            Map<Counter, Long> share = byCoach.computeIfAbsent(contribution.coachId(), key -> new TreeMap<>());
            contribution.counters().forEach((counter, value) -> {
                if (counter.perCoach()) {
                    merge(share, counter, sign * value);
                }
            });
            if (share.isEmpty()) {
                byCoach.remove(contribution.coachId());
            }
        }
    }

    Document write(long newVersion, List<String> pendingSessions) {
        List<Document> topicList = new ArrayList<>();
        topics.forEach((topic, count) -> topicList.add(new Document("topic", topic).append("count", count)));
        List<Document> monthList = new ArrayList<>();
        months.forEach((month, count) -> monthList.add(new Document("month", month).append("sessions", count)));
        List<Document> coachList = new ArrayList<>();
        byCoach.forEach((coach, share) ->
                coachList.add(new Document("coachId", coach).append("counters", countersDocument(share))));
        return new Document("_id", id)
                .append("orgId", orgId)
                .append("clientId", clientId)
                .append("counters", countersDocument(counters))
                .append("topics", topicList)
                .append("months", monthList)
                .append("coaches", coachList)
                .append(VERSION, newVersion)
                .append(PENDING, pendingSessions);
    }

    public String clientId() {
        return clientId;
    }

    public long count(Counter counter) {
        return counters.getOrDefault(counter, 0L);
    }

    /** This client's share of the coach's counters. */
    public long count(String coachId, Counter counter) {
        Map<Counter, Long> share = byCoach.get(coachId);
        return share == null ? 0 : share.getOrDefault(counter, 0L);
    }

    /** Whether any session of this client names the coach: the clients a coach "has had a session with" (API.md). */
    public boolean hasSessionsWith(String coachId) {
        return count(coachId, Counter.SESSIONS) > 0;
    }

    public Map<String, Map<Counter, Long>> byCoach() {
        return byCoach;
    }

    public Map<String, Long> topics() {
        return topics;
    }

    public Map<String, Long> months() {
        return months;
    }

    private static Document countersDocument(Map<Counter, Long> values) {
        Document d = new Document();
        values.forEach((counter, value) -> d.append(counter.field(), value));
        return d;
    }

    private static void readCounters(Document d, Map<Counter, Long> into) {
        if (d != null) {
            for (Counter counter : Counter.values()) {
                Object value = d.get(counter.field());
                if (value instanceof Number number) {
                    into.put(counter, number.longValue());
                }
            }
        }
    }

    private static long number(Document d, String name) {
        Object value = d.get(name);
        return value instanceof Number number ? number.longValue() : 0;
    }

    private static <K> void merge(Map<K, Long> sums, K key, long value) {
        if (sums.merge(key, value, Long::sum) == 0L) {
            sums.remove(key);
        }
    }
}
