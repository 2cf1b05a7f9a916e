package io.throughline.analytics.projection.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.atomic.AtomicLong;

/** What the live projection exposes through Micrometer ({@code /actuator/metrics}). */
public final class ProjectionMetrics {

    private final MeterRegistry registry;
    private final Counter applied;
    private final Counter duplicates;
    final Timer batches;
    final Timer writes;
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
                .description("One poll from decoding to its MongoDB writes acknowledged")
                .register(registry);
        this.writes = Timer.builder("analytics.projection.write")
                .description("Reading, folding and writing one batch's documents")
                .register(registry);
        Gauge.builder("analytics.consumer.lag", lag, AtomicLong::get)
                .description("Records in the assigned partitions not yet consumed, after the last batch")
                .register(registry);
    }

    void applied(int count) {
        applied.increment(count);
    }

    void duplicates(int count) {
        duplicates.increment(count);
    }

    public void deadLettered(String topic) {
        Counter.builder("analytics.events.dead.lettered")
                .description("Undecodable records sent to the dead-letter topic")
                .tag("topic", topic)
                .register(registry)
                .increment();
    }

    void unknownTypes(String topic, int count) {
        Counter.builder("analytics.events.unknown.type")
                .description("Events of a type this version does not know, skipped")
                .tag("topic", topic)
                .register(registry)
                .increment(count);
    }

    void lag(long records) {
        lag.set(records);
    }
}
