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
 * The live projection: consumes both topics in its group on one thread, staging polls and flushing
 * them a window at a time (see {@link BatchHandler}). After a failure it consumes again from the last
 * commit, with back-off; a rebuild can hold it between two windows while it switches generations.
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
    private final PartitionAlignment alignment;
    private volatile boolean running;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    public LiveProjection(
            KafkaClients kafka,
            BatchHandler batches,
            ProjectionMetrics metrics,
            AnalyticsProperties.Projection settings) {
        this.kafka = kafka;
        this.batches = batches;
        this.metrics = metrics;
        this.settings = settings;
        this.alignment = new PartitionAlignment(settings.alignmentSlack());
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

    /** Blocks until the projection sits between two windows, everything staged written and committed, its partitions paused (or it is not consuming at all). */
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
            batches.open();
            while (running) {
                ConsumerRecords<byte[], byte[]> records = ConsumerRecords.empty();
                try {
                    gate.holdIfRequested(kafkaConsumer, () -> batches.drain(kafkaConsumer));
                    if (!gate.holding()) {
                        alignment.align(kafkaConsumer);
                    }
                    records = kafkaConsumer.poll(settings.pollTimeout());
                    alignment.consumed(records);
                    metrics.lag(lag(kafkaConsumer));
                    batches.commitWritten(kafkaConsumer, false);
                    if (!awaitingRecovery.isEmpty()) {
                        batches.drain(kafkaConsumer);
                        batches.recover(kafkaConsumer, awaitingRecovery);
                        awaitingRecovery.clear();
                    }
                    if (!records.isEmpty()) {
                        batches.stage(kafkaConsumer, records, deadLetters);
                    }
                    if (batches.due(records.isEmpty() || caughtUp(kafkaConsumer))) {
                        batches.flush(kafkaConsumer);
                    }
                    failures = 0;
                } catch (WakeupException | InterruptException e) {
                    if (!running) {
                        break;
                    }
                } catch (Exception e) {
                    failures++;
                    Duration backoff = backoff(failures);
                    log.error(
                            "Projecting failed (attempt {}); consuming again from the last commit in {}",
                            failures,
                            backoff,
                            e);
                    batches.rewind(kafkaConsumer, records);
                    if (!gate.holding()) {
                        alignment.release(kafkaConsumer);
                    }
                    alignment.forget(kafkaConsumer.assignment());
                    // a flush may have stopped between its writes: its journal says which clients to re-sum first
                    awaitingRecovery.addAll(kafkaConsumer.assignment());
                    if (!sleep(backoff)) {
                        break;
                    }
                }
            }
            drainBeforeClosing(kafkaConsumer);
        } finally {
            batches.close();
            consumer = null;
            gate.wakeWaiters();
        }
    }

    /** On a clean stop, writes and commits what is staged rather than consuming it again after the restart. */
    private void drainBeforeClosing(KafkaConsumer<byte[], byte[]> kafkaConsumer) {
        if (!batches.pending()) {
            return;
        }
        Exception failure;
        for (int attempt = 1; ; attempt++) {
            try {
                batches.drain(kafkaConsumer);
                return;
            } catch (WakeupException e) {
                // the wake-up stop() sent after the loop had ended is spent by the first attempt
                if (attempt == 2) {
                    failure = e;
                    break;
                }
            } catch (Exception e) {
                failure = e;
                break;
            }
        }
        batches.rewind(kafkaConsumer, ConsumerRecords.empty());
        log.warn("Could not flush before stopping; the records are consumed again after the restart", failure);
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

    /** Every assigned partition read to its end, as far as the last fetch knows. */
    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> kafkaConsumer) {
        return kafkaConsumer.assignment().stream()
                .allMatch(partition -> kafkaConsumer.currentLag(partition).orElse(1) == 0);
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
            alignment.forget(partitions);
            batches.handOver(kafkaConsumer);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            awaitingRecovery.addAll(partitions);
            gate.holdAssigned(kafkaConsumer, partitions);
        }
    }
}
