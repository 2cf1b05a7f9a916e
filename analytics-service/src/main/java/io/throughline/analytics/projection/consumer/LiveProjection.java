package io.throughline.analytics.projection.consumer;

import io.throughline.analytics.config.AnalyticsProperties;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The live projection: consumes both topics in its group on one thread, a poll at a time (see
 * {@link BatchHandler}). A failed batch is rewound and retried with back-off; a rebuild can hold it
 * between two batches while it switches generations.
 */
public final class LiveProjection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveProjection.class);

    private final KafkaClients kafka;
    private final BatchHandler batches;
    private final ProjectionMetrics metrics;
    private final AnalyticsProperties.Projection settings;
    private final PauseGate gate = new PauseGate();
    private final Object stopSignal = new Object();
    private final Set<TopicPartition> awaitingRecovery = new LinkedHashSet<>();
    private volatile boolean running;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    public LiveProjection(KafkaClients kafka, BatchHandler batches, ProjectionMetrics metrics, AnalyticsProperties.Projection settings) {
        this.kafka = kafka;
        this.batches = batches;
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
        gate.request(() -> consumer != null && running);
    }

    public void resume() {
        gate.release();
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
            kafkaConsumer.subscribe(TopicSetup.CONSUMED, new Rebalance(kafkaConsumer));
            log.info("Projecting {} in group {}", TopicSetup.CONSUMED, settings.consumerGroup());
            int failures = 0;
            while (running) {
                ConsumerRecords<byte[], byte[]> records = ConsumerRecords.empty();
                try {
                    gate.holdIfRequested(kafkaConsumer);
                    records = kafkaConsumer.poll(settings.pollTimeout());
                    metrics.lag(lag(kafkaConsumer));
                    if (!awaitingRecovery.isEmpty()) {
                        batches.recover(kafkaConsumer, awaitingRecovery);
                        awaitingRecovery.clear();
                    }
                    if (!records.isEmpty()) {
                        batches.handle(kafkaConsumer, records, deadLetters);
                    }
                    failures = 0;
                } catch (WakeupException | InterruptException e) {
                    if (!running) {
                        break;
                    }
                } catch (Exception e) {
                    batches.forget();
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
            gate.wakeWaiters();
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

    /** Runs inside {@code poll()} on the projection thread; recovery itself waits for the loop, where failures are retried. */
    private final class Rebalance implements ConsumerRebalanceListener {
        private final KafkaConsumer<byte[], byte[]> kafkaConsumer;

        Rebalance(KafkaConsumer<byte[], byte[]> kafkaConsumer) {
            this.kafkaConsumer = kafkaConsumer;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            awaitingRecovery.removeAll(partitions);
            batches.forget();
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            awaitingRecovery.addAll(partitions);
            gate.holdAssigned(kafkaConsumer, partitions);
        }
    }
}
