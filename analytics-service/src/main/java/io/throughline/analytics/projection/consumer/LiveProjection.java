package io.throughline.analytics.projection.consumer;

import io.micrometer.core.instrument.Timer;
import io.throughline.analytics.config.AnalyticsProperties;
import io.throughline.analytics.projection.store.ClientRecomputation;
import io.throughline.analytics.projection.store.ClientRecomputation.ClientRef;
import io.throughline.analytics.projection.store.ProjectionWriter;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.ReadModels;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The live projection: consumes both topics in the {@code analytics-service} group on one thread.
 * Each poll is decoded, its undecodable records dead-lettered, its events written as one batch, and
 * only then are its offsets committed; a failed batch is rewound and retried with back-off. A rebuild
 * can hold it between two batches while it switches generations.
 */
public final class LiveProjection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveProjection.class);

    private final KafkaClients kafka;
    private final ReadModels readModels;
    private final ProjectionWriter writer;
    private final ClientRecomputation recomputation;
    private final RecordDecoder decoder;
    private final ProjectionMetrics metrics;
    private final AnalyticsProperties.Projection settings;

    private final Object pauseLock = new Object();
    private final Object stopSignal = new Object();
    private final Set<TopicPartition> awaitingRecovery = new LinkedHashSet<>();
    private boolean pauseRequested;
    private boolean paused;
    private volatile boolean running;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    public LiveProjection(KafkaClients kafka, ReadModels readModels, ProjectionWriter writer, ClientRecomputation recomputation,
                          RecordDecoder decoder, ProjectionMetrics metrics, AnalyticsProperties.Projection settings) {
        this.kafka = kafka;
        this.readModels = readModels;
        this.writer = writer;
        this.recomputation = recomputation;
        this.decoder = decoder;
        this.metrics = metrics;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "analytics-projection");
        thread.start();
    }

    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        synchronized (stopSignal) {
            stopSignal.notifyAll();
        }
        try {
            thread.join(Duration.ofSeconds(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Blocks until the projection sits between two batches with its partitions paused (or is not consuming at all). */
    public void pauseBetweenBatches() throws InterruptedException {
        synchronized (pauseLock) {
            pauseRequested = true;
            while (!paused && consumer != null && running) {
                pauseLock.wait(100);
            }
        }
    }

    public void resume() {
        synchronized (pauseLock) {
            pauseRequested = false;
            pauseLock.notifyAll();
        }
    }

    private void run() {
        if (!createTopics()) {
            return;
        }
        try (KafkaConsumer<byte[], byte[]> kafkaConsumer = kafka.consumer(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, settings.consumerGroup(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords(),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, settings.maxPartitionFetchBytes(),
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName()));
             KafkaProducer<byte[], byte[]> producer = kafka.producer()) {
            consumer = kafkaConsumer;
            DeadLetters deadLetters = new DeadLetters(producer, settings.consumerGroup());
            kafkaConsumer.subscribe(TopicSetup.CONSUMED, new Recovery(kafkaConsumer));
            log.info("Projecting {} in group {}", TopicSetup.CONSUMED, settings.consumerGroup());
            int failures = 0;
            while (running) {
                ConsumerRecords<byte[], byte[]> records = ConsumerRecords.empty();
                try {
                    holdIfPauseRequested(kafkaConsumer);
                    records = kafkaConsumer.poll(settings.pollTimeout());
                    metrics.lag(lag(kafkaConsumer));
                    recoverUnfinishedBatches(kafkaConsumer);
                    if (!records.isEmpty()) {
                        process(kafkaConsumer, records, deadLetters);
                    }
                    failures = 0;
                } catch (WakeupException | InterruptException e) {
                    if (!running) {
                        break;
                    }
                } catch (Exception e) {
                    writer.forget();
                    failures++;
                    Duration backoff = backoff(failures);
                    log.error("Projecting a batch of {} records failed (attempt {}); retrying in {}", records.count(), failures, backoff, e);
                    rewind(kafkaConsumer, records);
                    if (!sleep(backoff)) {
                        break;
                    }
                }
            }
        } finally {
            consumer = null;
            synchronized (pauseLock) {
                pauseLock.notifyAll();
            }
        }
    }

    private void process(KafkaConsumer<byte[], byte[]> kafkaConsumer, ConsumerRecords<byte[], byte[]> records,
                         DeadLetters deadLetters) throws Exception {
        Timer.Sample sample = Timer.start();
        DecodedBatch batch = decoder.decode(records);
        List<Future<RecordMetadata>> deadLettered = deadLetters.send(batch.undecodable());
        if (!batch.events().isEmpty()) {
            ReadModel model = readModels.active();
            Journal.write(model, records, batch.clients());
            ProjectionWriter.Result result = writer.apply(model, batch.events());
            metrics.applied(result.applied());
            metrics.duplicates(result.duplicates());
        }
        DeadLetters.await(deadLettered);
        kafkaConsumer.commitSync(nextOffsets(records));
        batch.undecodable().forEach(failed -> {
            log.warn("Dead-lettered {}-{}@{}: {}", failed.record().topic(), failed.record().partition(), failed.record().offset(),
                    failed.error().getMessage());
            metrics.deadLettered(failed.record().topic(), 1);
        });
        batch.unknownTypes().forEach(metrics::unknownTypes);
        sample.stop(metrics.batches());
    }

    private void recoverUnfinishedBatches(KafkaConsumer<byte[], byte[]> kafkaConsumer) {
        if (awaitingRecovery.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>(kafkaConsumer.committed(awaitingRecovery, Duration.ofSeconds(30)));
        awaitingRecovery.forEach(partition -> committed.putIfAbsent(partition, null));
        ReadModel model = readModels.active();
        Set<ClientRef> clients = Journal.unfinished(model, committed);
        if (!clients.isEmpty()) {
            log.warn("A batch in {} was cut short; re-summing its {} clients from their sessions", awaitingRecovery, clients.size());
            recomputation.recompute(model, clients);
            writer.forget();
        }
        awaitingRecovery.clear();
    }

    private void holdIfPauseRequested(KafkaConsumer<byte[], byte[]> kafkaConsumer) {
        synchronized (pauseLock) {
            if (pauseRequested && !paused) {
                kafkaConsumer.pause(kafkaConsumer.assignment());
                paused = true;
                pauseLock.notifyAll();
            } else if (!pauseRequested && paused) {
                kafkaConsumer.resume(kafkaConsumer.paused());
                paused = false;
            }
        }
    }

    private boolean createTopics() {
        int failures = 0;
        while (running) {
            try (Admin admin = kafka.admin()) {
                TopicSetup.ensure(admin);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                failures++;
                log.warn("Kafka at {} is not reachable yet ({}); retrying", kafka.bootstrapServers(), e.toString());
                if (!sleep(backoff(failures))) {
                    return false;
                }
            }
        }
        return false;
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> inPartition = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(inPartition.getLast().offset() + 1));
        }
        return offsets;
    }

    private static void rewind(KafkaConsumer<byte[], byte[]> kafkaConsumer, ConsumerRecords<byte[], byte[]> records) {
        Set<TopicPartition> assigned = kafkaConsumer.assignment();
        for (TopicPartition partition : records.partitions()) {
            if (assigned.contains(partition)) {
                kafkaConsumer.seek(partition, records.records(partition).getFirst().offset());
            }
        }
    }

    private static long lag(KafkaConsumer<byte[], byte[]> kafkaConsumer) {
        return kafkaConsumer.assignment().stream()
                .mapToLong(partition -> kafkaConsumer.currentLag(partition).orElse(0))
                .sum();
    }

    private Duration backoff(int failures) {
        Duration backoff = settings.retryBackoff().multipliedBy(1L << Math.min(failures - 1, 10));
        return backoff.compareTo(settings.maxRetryBackoff()) > 0 ? settings.maxRetryBackoff() : backoff;
    }

    /** Waits, but not past {@link #stop()}: interrupting the thread would break the Kafka clients' own shutdown. */
    private boolean sleep(Duration duration) {
        try {
            synchronized (stopSignal) {
                if (running) {
                    stopSignal.wait(duration.toMillis());
                }
            }
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs inside {@code poll()} on the projection thread. */
    private final class Recovery implements ConsumerRebalanceListener {
        private final KafkaConsumer<byte[], byte[]> kafkaConsumer;

        Recovery(KafkaConsumer<byte[], byte[]> kafkaConsumer) {
            this.kafkaConsumer = kafkaConsumer;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            awaitingRecovery.removeAll(partitions);
            writer.forget();
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            awaitingRecovery.addAll(partitions);
            synchronized (pauseLock) {
                if (paused) {
                    kafkaConsumer.pause(partitions);
                }
            }
        }
    }
}
