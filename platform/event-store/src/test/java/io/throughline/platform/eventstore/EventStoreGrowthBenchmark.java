package io.throughline.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.throughline.platform.embedded.EmbeddedMongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Measures how the engine's three everyday reads scale with the size of the store, as a service
 * meets them after weeks of use: loading one aggregate (every command does), the next free position
 * when another writer took the one this one expected (every append under two instances), and a
 * tracking reader's next batch at the head (the Kafka publisher). The store grows in steps of
 * commits of {@value #COMMITS_PER_AGGREGATE} per aggregate, like sessions; at each step each read
 * is timed {@value #SAMPLES} times and p50/p99 printed. The MongoDB is the embedded server backed
 * by an H2 file, as {@code ./run-local.sh} and the fault suite run it, or
 * {@code -Dbenchmark.mongo=mongodb://…}. Run:
 * {@code ./mvnw -pl platform/event-store -am -Pgrowth-benchmark -DskipTests verify}.
 */
public final class EventStoreGrowthBenchmark {

    private static final int COMMITS_PER_AGGREGATE = 10;
    private static final int SAMPLES = 200;

    public static void main(String[] args) throws Exception {
        int[] steps = Arrays.stream(System.getProperty("benchmark.steps", "5000,10000,20000,40000")
                        .split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        String uri = System.getProperty("benchmark.mongo", "");
        Path dir = Files.createTempDirectory("event-store-growth");
        EmbeddedMongoServer server = uri.isBlank() ? EmbeddedMongoServer.persistent(0, dir.resolve("mongo.mv")) : null;
        String connection = server != null ? server.connectionString() : uri;
        System.out.printf(
                "Event store growth: commits of 1 event, %d per aggregate; %d samples per read and step; MongoDB %s%n",
                COMMITS_PER_AGGREGATE, SAMPLES, server != null ? "embedded, H2 file " + dir : connection);
        try (MongoClient client = MongoClients.create(connection)) {
            String database = EventStoreMother.freshDatabaseName("growth");
            CommitEventStorageEngine engine = EventStoreMother.engine(client.getDatabase(database));
            CommitEventStorageEngine otherWriter = EventStoreMother.engine(client.getDatabase(database));
            int filled = 0;
            int stored = 0;
            Random random = new Random(42);
            for (int step : steps) {
                stored += grow(engine, filled, step);
                filled = step;
                int aggregates = filled / COMMITS_PER_AGGREGATE;
                report(stored, "load one aggregate", measure(i -> {
                    String id = "a" + random.nextInt(aggregates);
                    if (engine.readEvents(id).asStream().count() != COMMITS_PER_AGGREGATE) {
                        throw new IllegalStateException("aggregate " + id + " incomplete");
                    }
                }));
                int first = stored;
                report(stored, "append after another writer", measure(i -> {
                    // the other writer appends, so the position this engine expects is taken
                    otherWriter.appendEvents(EventStoreMother.commit("x" + (first + i), 0, 1, "other"));
                    engine.appendEvents(EventStoreMother.commit("y" + (first + i), 0, 1, "this"));
                }));
                stored += 2 * SAMPLES;
                TrackingToken nearHead = TrackingPositions.before(stored - 99L);
                report(stored, "tracked batch at the head", measure(i -> {
                    if (engine.readEvents(nearHead, false).limit(100).count() != 100) {
                        throw new IllegalStateException("short tracked batch");
                    }
                }));
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** Fills aggregates {@code a…} from commit {@code filled} to {@code target}; returns how many it added. */
    private static int grow(CommitEventStorageEngine engine, int filled, int target) {
        long start = System.nanoTime();
        for (int commit = filled; commit < target; commit++) {
            int aggregate = commit / COMMITS_PER_AGGREGATE;
            engine.appendEvents(EventStoreMother.commit("a" + aggregate, commit % COMMITS_PER_AGGREGATE, 1, "fill"));
        }
        System.out.printf(
                "%,7d aggregate commits (%d more in %.1f s)%n",
                target, target - filled, (System.nanoTime() - start) / 1e9);
        return target - filled;
    }

    private static double[] measure(IntConsumer read) {
        List<Double> millis = new ArrayList<>(SAMPLES);
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            read.accept(i);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        return new double[] {millis.get(SAMPLES / 2), millis.get(SAMPLES * 99 / 100)};
    }

    private static void report(int stored, String read, double[] p50p99) {
        System.out.printf("%,7d commits  %-30s p50 %8.2f ms  p99 %8.2f ms%n", stored, read, p50p99[0], p50p99[1]);
    }
}
