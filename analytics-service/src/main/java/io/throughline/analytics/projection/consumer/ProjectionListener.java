package io.throughline.analytics.projection.consumer;

import io.micrometer.core.instrument.Timer;
import io.throughline.analytics.projection.consumer.RecordDecoder.Decoded;
import io.throughline.analytics.projection.consumer.RecordDecoder.Failed;
import io.throughline.analytics.projection.consumer.RecordDecoder.Outcome;
import io.throughline.analytics.projection.consumer.RecordDecoder.Unknown;
import io.throughline.analytics.projection.store.ProjectionWriter;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.analytics.projection.store.RecordedEvent;
import io.throughline.analytics.projection.store.WriteConflict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchConsumerAwareMessageListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * The batch listener of both topics: each poll is one batch, decoded, applied by the
 * {@link ProjectionWriter} with one bulk write per collection, and returned from only once MongoDB
 * has acknowledged the writes, so the container (ack mode BATCH) commits its offsets only then. A
 * record nobody can read ends the batch: the records before it are written, and the listener
 * throws {@link BatchListenerFailedException} at its index, so the error handler commits them,
 * dead-letters it and delivers the rest again. Unknown event types are skipped and counted.
 */
public final class ProjectionListener
        implements BatchConsumerAwareMessageListener<byte[], byte[]>, ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(ProjectionListener.class);

    private final ReadModels readModels;
    private final ProjectionWriter writer = new ProjectionWriter();
    private final RecordDecoder decoder = new RecordDecoder();
    private final ProjectionMetrics metrics;

    public ProjectionListener(ReadModels readModels, ProjectionMetrics metrics) {
        this.readModels = readModels;
        this.metrics = metrics;
    }

    @Override
    public void onMessage(List<ConsumerRecord<byte[], byte[]>> records, Consumer<?, ?> consumer) {
        Timer.Sample sample = Timer.start();
        List<Outcome> outcomes = decoder.decode(records);
        List<RecordedEvent> events = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            switch (outcomes.get(i)) {
                case Decoded decoded -> events.add(new RecordedEvent(decoded.envelope(), decoded.recordedAt()));
                case Unknown unknown -> metrics.unknownTypes(unknown.topic(), 1);
                case Failed failed -> {
                    write(events);
                    throw new BatchListenerFailedException(
                            "Undecodable record " + records.get(i).topic() + "-"
                                    + records.get(i).partition() + "@"
                                    + records.get(i).offset(),
                            failed.error(),
                            i);
                }
            }
        }
        write(events);
        sample.stop(metrics.batches);
        metrics.lag(lag(consumer));
    }

    private void write(List<RecordedEvent> events) {
        if (!events.isEmpty()) {
            ProjectionWriter.Result result;
            try {
                result = metrics.writes.record(() -> writer.applyRecorded(readModels.active(), events));
            } catch (WriteConflict e) {
                log.warn(
                        "{}: another instance owns these partitions now, or did while this one was paused",
                        e.getMessage());
                throw e;
            }
            metrics.applied(result.applied());
            metrics.duplicates(result.duplicates());
        }
    }

    private static long lag(Consumer<?, ?> consumer) {
        long lag = 0;
        for (TopicPartition partition : consumer.assignment()) {
            lag += consumer.currentLag(partition).orElse(0);
        }
        return lag;
    }

    /** Another consumer may have written the clients of these partitions meanwhile. */
    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        writer.forget();
    }

    /** After a rebuild switched the collections, what this writer remembers is of the old ones. */
    public void forget() {
        writer.forget();
    }
}
