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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll's records, start to commit: decode, dead-letter what cannot be read, journal the
 * clients, write, wait for the dead letters to be acknowledged, and only then commit the offsets.
 */
public final class BatchHandler {

    private static final Logger log = LoggerFactory.getLogger(BatchHandler.class);

    private final ReadModels readModels;
    private final ProjectionWriter writer;
    private final ClientRecomputation recomputation;
    private final RecordDecoder decoder;
    private final ProjectionMetrics metrics;

    public BatchHandler(ReadModels readModels, ProjectionWriter writer, ClientRecomputation recomputation, RecordDecoder decoder,
                 ProjectionMetrics metrics) {
        this.readModels = readModels;
        this.writer = writer;
        this.recomputation = recomputation;
        this.decoder = decoder;
        this.metrics = metrics;
    }

    void handle(Consumer<byte[], byte[]> consumer, ConsumerRecords<byte[], byte[]> records, DeadLetters deadLetters) throws Exception {
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
        consumer.commitSync(nextOffsets(records));
        batch.undecodable().forEach(failed -> {
            log.warn("Dead-lettered {}-{}@{}: {}", failed.record().topic(), failed.record().partition(), failed.record().offset(),
                    failed.error().getMessage());
            metrics.deadLettered(failed.record().topic(), 1);
        });
        batch.unknownTypes().forEach(metrics::unknownTypes);
        sample.stop(metrics.batches());
    }

    /** Re-sums the clients of any batch cut short in these newly assigned partitions, before consuming them. */
    void recover(Consumer<byte[], byte[]> consumer, Collection<TopicPartition> assigned) {
        Set<TopicPartition> partitions = Set.copyOf(assigned);
        Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>(consumer.committed(partitions, Duration.ofSeconds(30)));
        partitions.forEach(partition -> committed.putIfAbsent(partition, null));
        ReadModel model = readModels.active();
        Set<ClientRef> clients = Journal.unfinished(model, committed);
        if (!clients.isEmpty()) {
            log.warn("A batch in {} was cut short; re-summing its {} clients from their sessions", partitions, clients.size());
            recomputation.recompute(model, clients);
            writer.forget();
        }
    }

    /** Another writer may have written, or this one failed half-way: what it remembers is no longer sure. */
    void forget() {
        writer.forget();
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            offsets.put(partition, new OffsetAndMetadata(records.records(partition).getLast().offset() + 1));
        }
        return offsets;
    }
}
