package io.throughline.analytics.projection.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** What the live projection exposes through Micrometer ({@code /actuator/metrics}, {@code /actuator/prometheus}). */
public final class ProjectionMetrics {

    private final MeterRegistry registry;
    private final Counter applied;
    private final Counter duplicates;
    private final Timer batches;
    private final Timer flushes;
    private final Timer writes;
    private final AtomicLong lag = new AtomicLong();

    public ProjectionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.applied = Counter.builder("analytics.events.applied")
                .description("Events that changed a session's facts")
                .register(registry);
        this.duplicates = Counter.builder("analytics.events.duplicates")
                .description("Events skipped because their aggregate's sequence was already applied")
                .register(registry);
        this.batches = Timer.builder("analytics.projection.batch")
                .description("Decoding one poll's records and staging their events")
                .register(registry);
        this.flushes = Timer.builder("analytics.projection.flush")
                .description("A window of polls from working out what it changed to its offsets committed")
                .register(registry);
        this.writes = Timer.builder("analytics.projection.write")
                .description("Writing what a window changed to MongoDB, on the writer thread")
                .register(registry);
        Gauge.builder("analytics.consumer.lag", lag, AtomicLong::get)
                .description("Records in the assigned partitions not yet consumed")
                .register(registry);
    }

    void applied(int count) {
        applied.increment(count);
    }

    void duplicates(int count) {
        duplicates.increment(count);
    }

    void deadLettered(String topic, int count) {
        Counter.builder("analytics.events.dead.lettered")
                .description("Undecodable records sent to the dead-letter topic")
                .tag("topic", topic)
                .register(registry)
                .increment(count);
    }

    void unknownTypes(String topic, int count) {
        Counter.builder("analytics.events.unknown.type")
                .description("Events of a type this version does not know, skipped")
                .tag("topic", topic)
                .register(registry)
                .increment(count);
    }

    void written(Map<String, Integer> documents) {
        documents.forEach((collection, count) -> Counter.builder("analytics.projection.documents.written")
                .description("Documents the projection wrote, per collection")
                .tag("collection", collection)
                .register(registry)
                .increment(count));
    }

    void lag(long records) {
        lag.set(records);
    }

    Timer batches() {
        return batches;
    }

    Timer flushes() {
        return flushes;
    }

    Timer writes() {
        return writes;
    }
}
