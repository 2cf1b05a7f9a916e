package io.throughline.analytics.projection.consumer;

import io.throughline.analytics.projection.store.ClientRecomputation.ClientRef;
import io.throughline.analytics.projection.store.ReadModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The records consumed since the last commit, all staged into one generation of the read models:
 * where they start and end per partition, the clients they concern, their dead letters in flight
 * and the unknown event types skipped.
 */
final class Window {

    private final ReadModel model;
    private final long openedNanos = System.nanoTime();
    private final Map<TopicPartition, Long> first = new HashMap<>();
    private final Map<TopicPartition, Long> next = new LinkedHashMap<>();
    private final Map<TopicPartition, Set<ClientRef>> clients = new LinkedHashMap<>();
    private final List<Future<RecordMetadata>> deadLetters = new ArrayList<>();
    private final List<DecodedBatch.Undecodable> undecodable = new ArrayList<>();
    private final Map<String, Integer> unknownTypes = new LinkedHashMap<>();
    private int records;

    Window(ReadModel model) {
        this.model = model;
    }

    void consumed(ConsumerRecords<byte[], byte[]> polled) {
        for (TopicPartition partition : polled.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> inPartition = polled.records(partition);
            first.putIfAbsent(partition, inPartition.getFirst().offset());
            next.merge(partition, inPartition.getLast().offset() + 1, Math::max);
        }
        records += polled.count();
    }

    void decoded(DecodedBatch batch, List<Future<RecordMetadata>> deadLettered) {
        batch.clients()
                .forEach((partition, concerned) -> clients.computeIfAbsent(partition, key -> new LinkedHashSet<>())
                        .addAll(concerned));
        deadLetters.addAll(deadLettered);
        undecodable.addAll(batch.undecodable());
        batch.unknownTypes().forEach((topic, count) -> unknownTypes.merge(topic, count, Integer::sum));
    }

    ReadModel model() {
        return model;
    }

    int records() {
        return records;
    }

    Duration age() {
        return Duration.ofNanos(System.nanoTime() - openedNanos);
    }

    /** Per partition, the first offset consumed: where to go back to if the window fails. */
    Map<TopicPartition, Long> first() {
        return first;
    }

    /** Per partition, the offset after the last one consumed: what the flush commits. */
    Map<TopicPartition, Long> next() {
        return next;
    }

    Map<TopicPartition, OffsetAndMetadata> offsets() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        next.forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));
        return offsets;
    }

    Map<TopicPartition, Set<ClientRef>> clients() {
        return clients;
    }

    List<Future<RecordMetadata>> deadLetters() {
        return deadLetters;
    }

    List<DecodedBatch.Undecodable> undecodable() {
        return undecodable;
    }

    Map<String, Integer> unknownTypes() {
        return unknownTypes;
    }
}
