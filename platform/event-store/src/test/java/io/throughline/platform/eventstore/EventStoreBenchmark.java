package io.throughline.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.throughline.platform.embedded.EmbeddedMongoServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * Measures, in one run on one MongoDB, commits per second for 1-event and 10-event commits with our
 * engine, with axon-mongo's engine, and as raw driver inserts of one document per commit holding the
 * same events (the limit); both global-order candidates of DESIGN.md as raw write paths; and the
 * tracked-read rate of both engines. Every case runs once to warm up, then in {@code benchmark.rounds} rounds;
 * the median is reported. Not a test: run it with
 * {@code ./mvnw -pl platform/event-store -am -Pbenchmark -DskipTests verify}
 * ({@code -Dbenchmark.mongo=mongodb://…} for a real MongoDB, {@code -Dbenchmark.commits=N}).
 */
public final class EventStoreBenchmark {

    private static final int AGGREGATES = 100;

    private final MongoClient client;
    private final int commits;
    private final int warmup;

    private EventStoreBenchmark(MongoClient client, int commits) {
        this.client = client;
        this.commits = commits;
        this.warmup = Math.max(200, commits / 5);
    }

    public static void main(String[] args) {
        int commits = Integer.getInteger("benchmark.commits", 5_000);
        String uri = System.getProperty("benchmark.mongo", "");
        EmbeddedMongoServer embedded = uri.isBlank() ? EmbeddedMongoServer.inMemory(0) : null;
        String connection = embedded != null ? embedded.connectionString() : uri;
        System.out.printf("Event store benchmark: %d measured commits per case and round after %d warm-up commits, a warm-up round, MongoDB %s%n",
                commits, Math.max(200, commits / 5), embedded != null ? "embedded (mongo-java-server, in memory) at " + connection : connection);
        try (MongoClient client = MongoClients.create(connection)) {
            new EventStoreBenchmark(client, commits).run();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private void run() {
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        for (int round = 0; round <= rounds; round++) {
            boolean warmingUp = round == 0;
            for (int eventsPerCommit : new int[] {1, 10}) {
                String suffix = "-" + eventsPerCommit + "-" + round;
                record(rates, warmingUp, "raw|" + eventsPerCommit, rawInserts(eventsPerCommit, suffix));
                record(rates, warmingUp, "reserve|" + eventsPerCommit, reserveThenInsert(eventsPerCommit, suffix));
                record(rates, warmingUp, "ours|" + eventsPerCommit,
                        engineAppends(EventStoreMother.engine(fresh("ours" + suffix)), eventsPerCommit));
                record(rates, warmingUp, "axon-mongo|" + eventsPerCommit,
                        engineAppends(EventStoreMother.axonMongoEngine(client, freshName("axon-mongo" + suffix)), eventsPerCommit));
            }
            System.out.println(warmingUp ? "warm-up round done" : "round " + round + " of " + rounds + " done");
        }
        System.out.println();
        System.out.println("Commits per second, median of " + rounds + " rounds (min–max):");
        System.out.println();
        System.out.println("| case | events/commit | commits/s | events/s | vs raw |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int eventsPerCommit : new int[] {1, 10}) {
            double raw = median(rates.get("raw|" + eventsPerCommit));
            row("raw driver insert, one document per commit = candidate (b)'s write (the limit)", eventsPerCommit, rates.get("raw|" + eventsPerCommit), raw);
            row("candidate (a): reserve the position from a counter, then insert", eventsPerCommit, rates.get("reserve|" + eventsPerCommit), raw);
            row("our CommitEventStorageEngine (candidate b, with Axon serialization)", eventsPerCommit, rates.get("ours|" + eventsPerCommit), raw);
            row("axon-mongo MongoEventStorageEngine", eventsPerCommit, rates.get("axon-mongo|" + eventsPerCommit), raw);
        }
        System.out.println();
        System.out.println("| tracked read, from the tail | events | events/s |");
        System.out.println("|---|---:|---:|");
        trackedRead("our CommitEventStorageEngine", EventStoreMother.engine(client.getDatabase("bench-ours-10-" + rounds)));
        trackedRead("axon-mongo MongoEventStorageEngine", EventStoreMother.axonMongoEngine(client, "bench-axon-mongo-10-" + rounds));
    }

    private static void record(Map<String, List<Double>> rates, boolean warmingUp, String key, double rate) {
        if (!warmingUp) {
            rates.computeIfAbsent(key, k -> new ArrayList<>()).add(rate);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private double rawInserts(int eventsPerCommit, String suffix) {
        MongoCollection<Document> collection = fresh("raw" + suffix).getCollection("commits");
        List<Document> events = serializedEvents(eventsPerCommit);
        return measure(i -> collection.insertOne(new Document("_id", (long) i + 1).append("aggregateId", "agg-" + (i % AGGREGATES))
                .append("events", events)));
    }

    private double reserveThenInsert(int eventsPerCommit, String suffix) {
        MongoDatabase database = fresh("reserve" + suffix);
        MongoCollection<Document> counter = database.getCollection("counter");
        MongoCollection<Document> collection = database.getCollection("commits");
        counter.insertOne(new Document("_id", "position").append("value", 0L));
        List<Document> events = serializedEvents(eventsPerCommit);
        FindOneAndUpdateOptions after = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
        return measure(i -> {
            long position = counter.findOneAndUpdate(Filters.eq("_id", "position"), Updates.inc("value", 1L), after).getLong("value");
            collection.insertOne(new Document("_id", position).append("aggregateId", "agg-" + (i % AGGREGATES)).append("events", events));
        });
    }

    private double engineAppends(EventStorageEngine engine, int eventsPerCommit) {
        long[] nextSequence = new long[AGGREGATES];
        return measure(i -> {
            int aggregate = i % AGGREGATES;
            List<DomainEventMessage<?>> commit = EventStoreMother.commit("agg-" + aggregate, nextSequence[aggregate], eventsPerCommit, "bench");
            engine.appendEvents(commit);
            nextSequence[aggregate] += eventsPerCommit;
        });
    }

    /** Reads from the tail for at most {@code benchmark.read-seconds} (default 60) and reports the rate. */
    private void trackedRead(String name, EventStorageEngine engine) {
        engine.readEvents(null, false).limit(1_000).count();
        long limit = TimeUnit.SECONDS.toNanos(Long.getLong("benchmark.read-seconds", 60));
        long start = System.nanoTime();
        long events = engine.readEvents(null, false).takeWhile(event -> System.nanoTime() - start < limit).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "| %s | %d%s | %,.0f |%n", name, events,
                System.nanoTime() - start >= limit ? " (stopped after " + limit / 1_000_000_000 + " s)" : "", events / seconds);
    }

    /** Runs {@code warmup} then {@code commits} operations; returns operations per second of the latter. */
    private double measure(IntConsumer operation) {
        for (int i = 0; i < warmup; i++) {
            operation.accept(i);
        }
        long start = System.nanoTime();
        for (int i = warmup; i < warmup + commits; i++) {
            operation.accept(i);
        }
        return commits / ((System.nanoTime() - start) / 1e9);
    }

    private void row(String name, int eventsPerCommit, List<Double> rates, double raw) {
        double median = median(rates);
        System.out.printf(Locale.ROOT, "| %s | %d | %,.0f (%,.0f–%,.0f) | %,.0f | %.2f |%n", name, eventsPerCommit, median,
                rates.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                rates.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), median * eventsPerCommit, median / raw);
    }

    /** The same events the engine stores, already serialized: what a raw insert of the commit carries. */
    private static List<Document> serializedEvents(int count) {
        Serializer serializer = EventStoreMother.SERIALIZER;
        List<Document> events = new ArrayList<>();
        for (DomainEventMessage<?> event : EventStoreMother.commit("agg-0", 0, count, "bench")) {
            var payload = event.serializePayload(serializer, String.class);
            events.add(new Document("eventId", event.getIdentifier()).append("sequence", event.getSequenceNumber())
                    .append("timestamp", event.getTimestamp().toString()).append("payloadType", payload.getType().getName())
                    .append("payloadRevision", payload.getType().getRevision()).append("payload", payload.getData())
                    .append("metaData", event.serializeMetaData(serializer, String.class).getData()));
        }
        return events;
    }

    private MongoDatabase fresh(String name) {
        MongoDatabase database = client.getDatabase(freshName(name));
        database.drop();
        return database;
    }

    private String freshName(String name) {
        client.getDatabase("bench-" + name).drop();
        return "bench-" + name;
    }
}
