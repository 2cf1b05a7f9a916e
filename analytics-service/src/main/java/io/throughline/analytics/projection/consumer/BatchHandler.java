package io.throughline.analytics.projection.consumer;

import io.micrometer.core.instrument.Timer;
import io.throughline.analytics.projection.store.ClientRecomputation;
import io.throughline.analytics.projection.store.ClientRecomputation.ClientRef;
import io.throughline.analytics.projection.store.ProjectionWriter;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.ReadModels;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records from consumption to commit, a {@link Window} of polls at a time: each poll is decoded, its
 * undecodable records sent to the dead-letter topic and its events staged in memory. A flush works
 * out what the window changed, then, on the writer thread, journals the window's clients and writes;
 * meanwhile the next window is decoded and staged. Once the writes and the window's dead letters are
 * acknowledged, the window's offsets are committed. While catching up a window spans many polls, so
 * a session or client is written once for all its events in them; once caught up, every poll is
 * flushed. One flush is written at a time, and windows are committed in order.
 */
public final class BatchHandler {

    private static final Logger log = LoggerFactory.getLogger(BatchHandler.class);

    /** A window whose writes run on the writer thread; {@code stored} once the writer has taken them as written. */
    private static final class Flush {
        private final Window window;
        private final ProjectionWriter.Prepared prepared;
        private final CompletableFuture<Void> written;
        private final Timer.Sample sample;
        private boolean stored;

        Flush(Window window, ProjectionWriter.Prepared prepared, CompletableFuture<Void> written, Timer.Sample sample) {
            this.window = window;
            this.prepared = prepared;
            this.written = written;
            this.sample = sample;
        }
    }

    private final ReadModels readModels;
    private final ProjectionWriter writer;
    private final ClientRecomputation recomputation;
    private final RecordDecoder decoder;
    private final ProjectionMetrics metrics;
    private final int flushRecords;
    private final Duration flushInterval;
    private ExecutorService writes;
    private Window window;
    private Flush flush;

    /**
     * @param flushRecords  records a window holds at most
     * @param flushInterval how long a window stays open at most
     */
    public BatchHandler(
            ReadModels readModels,
            ProjectionWriter writer,
            ClientRecomputation recomputation,
            RecordDecoder decoder,
            ProjectionMetrics metrics,
            int flushRecords,
            Duration flushInterval) {
        this.readModels = readModels;
        this.writer = writer;
        this.recomputation = recomputation;
        this.decoder = decoder;
        this.metrics = metrics;
        this.flushRecords = flushRecords;
        this.flushInterval = flushInterval;
    }

    /** Starts the writer thread; {@link #close()} ends it. */
    void open() {
        writes = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("analytics-projection-writer").daemon().factory());
    }

    /** Ends the writer thread, after the write it may be running; what is staged and not flushed is dropped. */
    void close() {
        if (writes != null) {
            writes.close();
            writes = null;
        }
        window = null;
        flush = null;
    }

    /** Decodes one poll's records, sends the undecodable ones on, and stages the events; nothing is written or committed yet. */
    void stage(Consumer<byte[], byte[]> consumer, ConsumerRecords<byte[], byte[]> records, DeadLetters deadLetters)
            throws Exception {
        Timer.Sample sample = Timer.start();
        if (window == null) {
            ReadModel model = readModels.active();
            if (flush != null && flush.window.model().generation() != model.generation()) {
                commitWritten(consumer, true);
            }
            window = new Window(model);
        }
        window.consumed(records);
        DecodedBatch batch = decoder.decode(records);
        window.decoded(batch, deadLetters.send(batch.undecodable()));
        if (!batch.events().isEmpty()) {
            writer.stage(window.model(), batch.events());
        }
        sample.stop(metrics.batches());
    }

    /** Whether the open window should be flushed now: it is full or old, or there is nothing more to read. */
    boolean due(boolean caughtUp) {
        return window != null
                && (caughtUp || window.records() >= flushRecords || window.age().compareTo(flushInterval) >= 0);
    }

    boolean pending() {
        return window != null || flush != null;
    }

    /**
     * Starts writing the open window: commits the previous flush once it is written (waiting for
     * it), works out the window's changes and hands them to the writer thread.
     */
    void flush(Consumer<byte[], byte[]> consumer) throws Exception {
        commitWritten(consumer, true);
        if (window == null) {
            return;
        }
        Timer.Sample sample = Timer.start();
        Window flushed = window;
        ProjectionWriter.Prepared prepared = writer.prepare();
        window = null;
        CompletableFuture<Void> written = CompletableFuture.runAsync(
                () -> {
                    if (prepared.writes()) {
                        metrics.writes().record(() -> {
                            Journal.write(flushed.model(), flushed.next(), flushed.clients());
                            prepared.execute();
                        });
                    }
                },
                writes);
        flush = new Flush(flushed, prepared, written, sample);
    }

    /** Flushes the open window and waits until it is written and committed: nothing is left staged or in flight. */
    void drain(Consumer<byte[], byte[]> consumer) throws Exception {
        flush(consumer);
        commitWritten(consumer, true);
    }

    /**
     * Commits the flush in flight if it is written ({@code wait}: once it is). A failed write fails
     * here, on the projection's thread, which then consumes again from the last commit.
     */
    void commitWritten(Consumer<byte[], byte[]> consumer, boolean wait) throws Exception {
        if (flush == null || (!wait && !flush.written.isDone())) {
            return;
        }
        Flush done = flush;
        if (!done.stored) {
            try {
                done.written.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            writer.written(done.prepared);
            done.stored = true;
            metrics.applied(done.prepared.result().applied());
            metrics.duplicates(done.prepared.result().duplicates());
            metrics.written(done.prepared.documents());
        }
        Window committed = done.window;
        DeadLetters.await(committed.deadLetters());
        consumer.commitSync(committed.offsets());
        flush = null;
        committed.undecodable().forEach(failed -> {
            log.warn(
                    "Dead-lettered {}-{}@{}: {}",
                    failed.record().topic(),
                    failed.record().partition(),
                    failed.record().offset(),
                    failed.error().getMessage());
            metrics.deadLettered(failed.record().topic(), 1);
        });
        committed.unknownTypes().forEach(metrics::unknownTypes);
        done.sample.stop(metrics.flushes());
    }

    /**
     * After a failure: waits for a write still running, forgets the windows and whatever the writer
     * holds, and seeks every assigned partition back to the first record not committed, to consume
     * them again.
     */
    void rewind(Consumer<byte[], byte[]> consumer, ConsumerRecords<byte[], byte[]> failedPoll) {
        Map<TopicPartition, Long> first = new HashMap<>();
        if (flush != null) {
            flush.written.exceptionally(failure -> null).join();
            first.putAll(flush.window.first());
        }
        if (window != null) {
            window.first().forEach(first::putIfAbsent);
        }
        failedPoll
                .partitions()
                .forEach(partition -> first.putIfAbsent(
                        partition, failedPoll.records(partition).getFirst().offset()));
        forget();
        Set<TopicPartition> assigned = consumer.assignment();
        first.forEach((partition, offset) -> {
            if (assigned.contains(partition)) {
                consumer.seek(partition, offset);
            }
        });
    }

    /** Re-sums the clients of any flush cut short in these newly assigned partitions, before consuming them. */
    void recover(Consumer<byte[], byte[]> consumer, Collection<TopicPartition> assigned) {
        Set<TopicPartition> partitions = Set.copyOf(assigned);
        Map<TopicPartition, OffsetAndMetadata> committed =
                new HashMap<>(consumer.committed(partitions, Duration.ofSeconds(30)));
        partitions.forEach(partition -> committed.putIfAbsent(partition, null));
        ReadModel model = readModels.active();
        Set<ClientRef> clients = Journal.unfinished(model, committed);
        if (!clients.isEmpty()) {
            log.warn(
                    "A flush in {} was cut short; re-summing its {} clients from their sessions",
                    partitions,
                    clients.size());
            recomputation.recompute(model, clients);
            writer.forget();
        }
    }

    /**
     * Before partitions move: commits the flush in flight if it gets written (another consumer must
     * not find it half-way), then drops the open window uncommitted and everything the writer
     * remembers. Whoever gets the partitions consumes the window again from the last commit.
     */
    void handOver(Consumer<byte[], byte[]> consumer) {
        try {
            commitWritten(consumer, true);
        } catch (Exception e) {
            log.warn("The last flush before the partitions moved failed; its records are consumed again", e);
        }
        forget();
    }

    /** Drops the windows uncommitted and everything the writer remembers; no write may be running. */
    void forget() {
        window = null;
        flush = null;
        writer.forget();
    }
}
