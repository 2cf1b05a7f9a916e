package io.throughline.analytics.projection.rebuild;

import io.throughline.analytics.projection.consumer.ProjectionListener;
import io.throughline.analytics.projection.consumer.RecordDecoder;
import io.throughline.analytics.projection.consumer.TopicSetup;
import io.throughline.analytics.projection.rebuild.RebuildProgress.State;
import io.throughline.analytics.projection.store.ProjectionWriter;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.analytics.projection.store.RecordedEvent;
import io.throughline.analytics.web.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Rebuilds every read model from the beginning of both topics into fresh {@code rebuild_}
 * collections while the served ones keep answering. Once caught up it pauses the live listener
 * container (between two batches, after their commit), reads what arrived meanwhile, renames the
 * rebuilt collections over the served ones and resumes the container, which goes on from its
 * committed offsets (what it sees again is skipped by sequence). Undecodable records were
 * dead-lettered when they first arrived and are only skipped here. One rebuild at a time.
 */
public final class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PAUSE_PATIENCE = Duration.ofSeconds(60);

    private final Map<String, Object> consumerConfig;
    private final ReadModels readModels;
    private final MessageListenerContainer live;
    private final ProjectionListener listener;
    private final Clock clock;
    private final RecordDecoder decoder = new RecordDecoder();
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());
    private volatile long processed;
    private volatile long total;

    public Rebuild(
            Map<String, Object> consumerConfig,
            ReadModels readModels,
            MessageListenerContainer live,
            ProjectionListener listener,
            Clock clock) {
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.readModels = readModels;
        this.live = live;
        this.listener = listener;
        this.clock = clock;
    }

    public RebuildProgress progress() {
        return progress.get();
    }

    /** Starts a rebuild in the background; a second one while one runs is a conflict. */
    public RebuildProgress start() {
        RebuildProgress current = progress.get();
        RebuildProgress started = new RebuildProgress(State.RUNNING, 0, 0, 0, null, clock.instant(), null, null);
        if (current.state() == State.RUNNING || !progress.compareAndSet(current, started)) {
            throw new ConflictException("A rebuild is already running.");
        }
        Thread.ofPlatform().name("analytics-rebuild").start(this::run);
        return started;
    }

    private void run() {
        Instant startedAt = progress.get().startedAt();
        processed = 0;
        ReadModel next = null;
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            next = readModels.fresh();
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TopicSetup.CONSUMED) {
                consumer.partitionsFor(topic)
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            total = sum(end) - sum(consumer.beginningOffsets(partitions));
            ProjectionWriter writer = new ProjectionWriter();
            log.info("Rebuilding the read models from {} records", total);
            readTo(consumer, writer, next, end, startedAt);
            pauseLive();
            int generation;
            try {
                Map<TopicPartition, Long> finalEnd = consumer.endOffsets(partitions);
                total += sum(finalEnd) - sum(end);
                readTo(consumer, writer, next, finalEnd, startedAt);
                generation = readModels.activate(next);
                listener.forget();
            } finally {
                live.resume();
            }
            progress.set(new RebuildProgress(
                    State.COMPLETED, processed, total, 100.0, generation, startedAt, clock.instant(), null));
            log.info("Rebuilt the read models from {} records (generation {})", processed, generation);
        } catch (Exception e) {
            log.error("Rebuilding the read models failed; the served ones stay", e);
            dropQuietly(next);
            RebuildProgress failed = progress.get();
            progress.set(new RebuildProgress(
                    State.FAILED, processed, total, failed.percent(), null, startedAt, clock.instant(), e.toString()));
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until the live container has finished and committed its batch and polls no more. */
    private void pauseLive() throws InterruptedException {
        live.pause();
        Instant deadline = clock.instant().plus(PAUSE_PATIENCE);
        while (live.isRunning() && !live.isContainerPaused()) {
            if (clock.instant().isAfter(deadline)) {
                throw new IllegalStateException("The live projection did not pause within " + PAUSE_PATIENCE);
            }
            Thread.sleep(20);
        }
    }

    private void dropQuietly(ReadModel next) {
        try {
            if (next != null) {
                readModels.drop(next);
            }
        } catch (RuntimeException e) {
            log.warn("Could not drop the unfinished rebuild's collections; the next rebuild will", e);
        }
    }

    private void readTo(
            KafkaConsumer<byte[], byte[]> consumer,
            ProjectionWriter writer,
            ReadModel model,
            Map<TopicPartition, Long> end,
            Instant startedAt) {
        Instant loggedAt = clock.instant();
        while (end.entrySet().stream()
                .anyMatch(partition -> consumer.position(partition.getKey()) < partition.getValue())) {
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            consumer.poll(POLL).forEach(records::add);
            List<RecordedEvent> events = new ArrayList<>(records.size());
            for (RecordDecoder.Outcome outcome : decoder.decode(records)) {
                if (outcome instanceof RecordDecoder.Decoded decoded) {
                    events.add(new RecordedEvent(decoded.envelope(), decoded.recordedAt()));
                }
            }
            writer.applyRecorded(model, events);
            processed += records.size();
            double percent = RebuildProgress.percent(processed, total);
            progress.set(new RebuildProgress(State.RUNNING, processed, total, percent, null, startedAt, null, null));
            if (clock.instant().isAfter(loggedAt.plus(LOG_EVERY))) {
                loggedAt = clock.instant();
                log.info("Rebuild: {} of {} records ({}%)", processed, total, percent);
            }
        }
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }
}
