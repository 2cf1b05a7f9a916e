package io.throughline.analytics.projection.rebuild;

import io.throughline.analytics.config.AnalyticsProperties;
import io.throughline.analytics.projection.consumer.DecodedBatch;
import io.throughline.analytics.projection.consumer.KafkaClients;
import io.throughline.analytics.projection.consumer.LiveProjection;
import io.throughline.analytics.projection.consumer.PartitionAlignment;
import io.throughline.analytics.projection.consumer.RecordDecoder;
import io.throughline.analytics.projection.consumer.TopicSetup;
import io.throughline.analytics.projection.store.ProjectionWriter;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.analytics.web.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds every read model from the beginning of both topics into a fresh generation while the
 * active one keeps serving. Once it has caught up it holds the live projection between two batches,
 * reads what arrived meanwhile, switches the active generation and lets the live projection go on
 * from its committed offsets into the new one (what it then sees again is skipped by sequence). The
 * old generation is dropped. Undecodable records were dead-lettered when they first arrived and are
 * only skipped here. One rebuild at a time, coordinated with this instance's live projection.
 */
public final class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final KafkaClients kafka;
    private final ReadModels readModels;
    private final RecordDecoder decoder;
    private final LiveProjection live;
    private final AnalyticsProperties.Projection settings;
    private final Clock clock;
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());

    public Rebuild(
            KafkaClients kafka,
            ReadModels readModels,
            RecordDecoder decoder,
            LiveProjection live,
            AnalyticsProperties.Projection settings,
            Clock clock) {
        this.kafka = kafka;
        this.readModels = readModels;
        this.decoder = decoder;
        this.live = live;
        this.settings = settings;
        this.clock = clock;
    }

    public RebuildProgress progress() {
        return progress.get();
    }

    /** Starts a rebuild in the background; a second one while one runs is a conflict. */
    public RebuildProgress start() {
        RebuildProgress current = progress.get();
        RebuildProgress started =
                new RebuildProgress(RebuildProgress.State.RUNNING, 0, 0, 0, null, clock.instant(), null, null);
        if (current.state() == RebuildProgress.State.RUNNING || !progress.compareAndSet(current, started)) {
            throw new ConflictException("A rebuild is already running.");
        }
        Thread.ofPlatform().name("analytics-rebuild").start(this::run);
        return started;
    }

    private void run() {
        Instant startedAt = progress.get().startedAt();
        ReadModel next = null;
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.consumer(Map.of(
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords(),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, settings.maxPartitionFetchBytes()))) {
            ReadModel previous = readModels.active();
            next = readModels.fresh();
            List<TopicPartition> partitions = TopicSetup.CONSUMED.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Counts counts = new Counts(startedAt, next.generation());
            counts.total = sum(end) - sum(beginning);
            ProjectionWriter writer = new ProjectionWriter(settings.cacheSize());
            log.info("Rebuilding the read models into generation {} from {} records", next.generation(), counts.total);
            readTo(consumer, writer, next, end, counts);
            live.pauseBetweenBatches();
            try {
                Map<TopicPartition, Long> finalEnd = consumer.endOffsets(partitions);
                counts.total += sum(finalEnd) - sum(end);
                readTo(consumer, writer, next, finalEnd, counts);
                readModels.activate(next);
            } finally {
                live.resume();
            }
            readModels.drop(previous);
            progress.set(new RebuildProgress(
                    RebuildProgress.State.COMPLETED,
                    counts.processed,
                    counts.total,
                    100.0,
                    next.generation(),
                    startedAt,
                    clock.instant(),
                    null));
            log.info(
                    "Rebuilt the read models from {} records: generation {} is active",
                    counts.processed,
                    next.generation());
        } catch (Exception e) {
            log.error("Rebuilding the read models failed; the active generation stays", e);
            dropUnlessActive(next);
            RebuildProgress failed = progress.get();
            progress.set(new RebuildProgress(
                    RebuildProgress.State.FAILED,
                    failed.processed(),
                    failed.total(),
                    failed.percent(),
                    failed.generation(),
                    startedAt,
                    clock.instant(),
                    e.toString()));
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void dropUnlessActive(ReadModel next) {
        try {
            if (next != null && next.generation() != readModels.active().generation()) {
                readModels.drop(next);
            }
        } catch (RuntimeException e) {
            log.warn("Could not drop the unfinished generation {}; the next rebuild will", next.generation(), e);
        }
    }

    private final class Counts {
        private final Instant startedAt;
        private final int generation;
        private long processed;
        private long total;
        private Instant loggedAt;

        Counts(Instant startedAt, int generation) {
            this.startedAt = startedAt;
            this.generation = generation;
            this.loggedAt = clock.instant();
        }

        void add(int records) {
            processed += records;
            progress.set(new RebuildProgress(
                    RebuildProgress.State.RUNNING,
                    processed,
                    total,
                    RebuildProgress.percent(processed, total),
                    generation,
                    startedAt,
                    null,
                    null));
            if (clock.instant().isAfter(loggedAt.plus(LOG_EVERY))) {
                loggedAt = clock.instant();
                log.info(
                        "Rebuild: {} of {} records ({}%)", processed, total, RebuildProgress.percent(processed, total));
            }
        }
    }

    private void readTo(
            KafkaConsumer<byte[], byte[]> consumer,
            ProjectionWriter writer,
            ReadModel model,
            Map<TopicPartition, Long> end,
            Counts counts) {
        PartitionAlignment alignment = new PartitionAlignment(settings.alignmentSlack());
        while (end.entrySet().stream()
                .anyMatch(partition -> consumer.position(partition.getKey()) < partition.getValue())) {
            alignment.align(consumer);
            ConsumerRecords<byte[], byte[]> records = consumer.poll(settings.pollTimeout());
            alignment.consumed(records);
            if (records.isEmpty()) {
                continue;
            }
            DecodedBatch batch = decoder.decode(records);
            if (!batch.events().isEmpty()) {
                writer.stage(model, batch.events());
            }
            if (writer.staged() >= settings.flushRecords()) {
                writer.flush();
            }
            counts.add(records.count());
        }
        alignment.release(consumer);
        writer.flush();
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }
}
