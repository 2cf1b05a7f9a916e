package io.throughline.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.throughline.platform.testing.MongoServerProcess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;

/**
 * Measures, in one run on one MongoDB, commits per second for 1-event and 10-event commits: raw
 * driver inserts of one document per commit holding the same events (the limit), the same with the
 * indexes our engine keeps, DESIGN.md's other global-order candidate (reserve from a counter, then
 * insert), our engine and axon-mongo's engine; then the tracked-read rate of both engines. Each case
 * runs once to warm up, then {@code benchmark.rounds} times, interleaved; the median is reported.
 * The MongoDB is the embedded server in a JVM of its own, or {@code -Dbenchmark.mongo=mongodb://…}.
 * Run: {@code ./mvnw -pl platform/event-store -am -Pbenchmark -DskipTests verify}.
 */
public final class EventStoreBenchmark {

    private static final int AGGREGATES = 100;
    private static final int[] SIZES = {1, 10};

    private final MongoClient client;
    private final int commits;
    private final int warmup;

    private EventStoreBenchmark(MongoClient client, int commits) {
        this.client = client;
        this.commits = commits;
        this.warmup = Math.max(200, commits / 5);
    }

    public static void main(String[] args) throws Exception {
        int commits = Integer.getInteger("benchmark.commits", 5_000);
        String uri = System.getProperty("benchmark.mongo", "");
        MongoServerProcess server = uri.isBlank() ? MongoServerProcess.start("4g") : null;
        String connection = server != null ? server.connectionString() : uri;
        System.out.printf(
                "Event store benchmark: %d measured commits per case and round (after %d warm-up commits and a"
                        + " warm-up round), %d aggregates, MongoDB %s%n",
                commits,
                Math.max(200, commits / 5),
                AGGREGATES,
                server != null
                        ? "embedded (mongo-java-server, in memory) in its own JVM at " + connection
                        : connection);
        try (MongoClient client = MongoClients.create(connection)) {
            new EventStoreBenchmark(client, commits).run(Integer.getInteger("benchmark.rounds", 5));
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private void run(int rounds) {
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int round = 0; round <= rounds; round++) {
            boolean last = round == rounds;
            for (int size : SIZES) {
                List<Document> prebuilt = prebuiltCommits(size);
                measureCase(
                        rates,
                        names,
                        round,
                        "raw",
                        size,
                        "raw driver insert of the same commit document (the limit)",
                        db -> rawInserts(db.getCollection("commits"), prebuilt),
                        false);
                measureCase(
                        rates,
                        names,
                        round,
                        "raw-indexed",
                        size,
                        "… into a collection with our engine's two unique indexes",
                        db -> rawInserts(indexed(db.getCollection("commits")), prebuilt),
                        false);
                measureCase(
                        rates,
                        names,
                        round,
                        "reserve",
                        size,
                        "candidate (a): reserve the position from a counter, then insert",
                        db -> reserveThenInsert(db, prebuilt),
                        false);
                measureCase(
                        rates,
                        names,
                        round,
                        "ours",
                        size,
                        "our CommitEventStorageEngine = candidate (b), Axon append",
                        db -> engineAppends(EventStoreMother.engine(db), size),
                        last && size == 10);
                measureCase(
                        rates,
                        names,
                        round,
                        "axon-mongo",
                        size,
                        "axon-mongo MongoEventStorageEngine",
                        db -> engineAppends(EventStoreMother.axonMongoEngine(client, db.getName()), size),
                        last && size == 10);
            }
            System.out.println(round == 0 ? "warm-up round done" : "round " + round + " of " + rounds + " done");
        }
        System.out.println();
        System.out.println("Commits per second, median of " + rounds + " rounds (min–max):");
        System.out.println();
        System.out.println("| case | events/commit | commits/s | events/s | vs raw |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int size : SIZES) {
            double raw = median(rates.get("raw|" + size));
            names.forEach((key, name) -> {
                if (key.endsWith("|" + size)) {
                    row(name, size, rates.get(key), raw);
                }
            });
        }
        System.out.println();
        System.out.println("Where an engine's time goes, per 10-event commit, in this JVM:");
        System.out.printf(
                Locale.ROOT,
                "- Axon JSON serialization and building the commit document: %.1f µs%n",
                serializationMicros(10));
        System.out.println();
        System.out.println("| tracked read from the tail (the last 10-event round) | events | events/s |");
        System.out.println("|---|---:|---:|");
        trackedRead(
                "our CommitEventStorageEngine", EventStoreMother.engine(client.getDatabase(databaseName("ours", 10))));
        trackedRead(
                "axon-mongo MongoEventStorageEngine",
                EventStoreMother.axonMongoEngine(client, databaseName("axon-mongo", 10)));
    }

    private interface Case {
        double run(MongoDatabase database);
    }

    private void measureCase(
            Map<String, List<Double>> rates,
            Map<String, String> names,
            int round,
            String key,
            int size,
            String name,
            Case benchmarkCase,
            boolean keep) {
        MongoDatabase database = client.getDatabase(databaseName(key, size));
        database.drop();
        double rate = benchmarkCase.run(database);
        if (round > 0) {
            rates.computeIfAbsent(key + "|" + size, k -> new ArrayList<>()).add(rate);
        }
        names.put(key + "|" + size, name);
        if (!keep) {
            database.drop();
        }
    }

    private double rawInserts(MongoCollection<Document> collection, List<Document> prebuilt) {
        return measure(i -> collection.insertOne(withPosition(prebuilt.get(i), i + 1)));
    }

    private double reserveThenInsert(MongoDatabase database, List<Document> prebuilt) {
        MongoCollection<Document> counter = database.getCollection("counter");
        MongoCollection<Document> collection = indexed(database.getCollection("commits"));
        counter.insertOne(new Document("_id", "position").append("value", 0L));
        FindOneAndUpdateOptions after = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
        return measure(i -> {
            long position = counter.findOneAndUpdate(Filters.eq("_id", "position"), Updates.inc("value", 1L), after)
                    .getLong("value");
            collection.insertOne(withPosition(prebuilt.get(i), position));
        });
    }

    private double engineAppends(EventStorageEngine engine, int eventsPerCommit) {
        List<List<DomainEventMessage<?>>> batches = new ArrayList<>();
        for (int i = 0; i < warmup + commits; i++) {
            batches.add(EventStoreMother.commit(
                    "agg-" + (i % AGGREGATES), (long) (i / AGGREGATES) * eventsPerCommit, eventsPerCommit, "bench"));
        }
        return measure(i -> engine.appendEvents(batches.get(i)));
    }

    private void trackedRead(String name, EventStorageEngine engine) {
        long limit = TimeUnit.SECONDS.toNanos(Long.getLong("benchmark.read-seconds", 60));
        long start = System.nanoTime();
        long events = engine.readEvents(null, false)
                .takeWhile(event -> System.nanoTime() - start < limit)
                .count();
        long elapsed = System.nanoTime() - start;
        System.out.printf(
                Locale.ROOT,
                "| %s | %d%s | %,.0f |%n",
                name,
                events,
                elapsed >= limit ? " (stopped after " + TimeUnit.NANOSECONDS.toSeconds(limit) + " s)" : "",
                events / (elapsed / 1e9));
    }

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

    private double serializationMicros(int eventsPerCommit) {
        int n = warmup + commits;
        List<List<DomainEventMessage<?>>> batches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batches.add(EventStoreMother.commit("agg-" + (i % AGGREGATES), i, eventsPerCommit, "bench"));
        }
        long start = System.nanoTime();
        for (List<DomainEventMessage<?>> batch : batches) {
            CommitDocuments.commit(batch, EventStoreMother.SERIALIZER);
        }
        return (System.nanoTime() - start) / 1e3 / n;
    }

    /** Commit documents exactly as our engine writes them, serialized before the clock starts. */
    private List<Document> prebuiltCommits(int eventsPerCommit) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < warmup + commits; i++) {
            documents.add(CommitDocuments.commit(
                    EventStoreMother.commit(
                            "agg-" + (i % AGGREGATES),
                            (long) (i / AGGREGATES) * eventsPerCommit,
                            eventsPerCommit,
                            "bench"),
                    EventStoreMother.SERIALIZER));
        }
        return documents;
    }

    private static Document withPosition(Document commit, long position) {
        commit.put(CommitDocuments.POSITION, position);
        return commit;
    }

    private static MongoCollection<Document> indexed(MongoCollection<Document> collection) {
        collection.createIndex(
                Indexes.ascending(CommitDocuments.SEQUENCE_KEY),
                new IndexOptions().unique(true).name(AggregateCommits.SEQUENCE_KEY_INDEX));
        collection.createIndex(
                Indexes.ascending(CommitDocuments.EVENTS + "." + CommitDocuments.EVENT_ID),
                new IndexOptions().unique(true).name(DuplicateKey.EVENT_ID_INDEX));
        return collection;
    }

    private static void row(String name, int eventsPerCommit, List<Double> rates, double raw) {
        double median = median(rates);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %,.0f (%,.0f–%,.0f) | %,.0f | %.2f |%n",
                name,
                eventsPerCommit,
                median,
                rates.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                rates.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                median * eventsPerCommit,
                median / raw);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String databaseName(String key, int size) {
        return "bench-" + key + "-" + size;
    }
}
