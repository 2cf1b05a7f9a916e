package io.throughline.analytics.projection.consumer;

import io.throughline.analytics.projection.store.ClientRecomputation.ClientRef;
import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import io.throughline.events.UnknownEventTypeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Decodes records with the contract's codec. Anything the codec cannot read is dead-lettered; an
 * event type newer than this contract is skipped and counted. Large polls decode on all cores.
 */
public final class RecordDecoder {

    private static final int PARALLEL_FROM = 256;

    private sealed interface Outcome {}

    private record Decoded(TopicPartition partition, EventEnvelope envelope) implements Outcome {}

    private record Failed(ConsumerRecord<byte[], byte[]> record, RuntimeException error) implements Outcome {}

    private record Unknown(String topic) implements Outcome {}

    private final CoachingEventCodec codec;

    public RecordDecoder(CoachingEventCodec codec) {
        this.codec = codec;
    }

    public DecodedBatch decode(Iterable<ConsumerRecord<byte[], byte[]>> records) {
        List<ConsumerRecord<byte[], byte[]>> all =
                StreamSupport.stream(records.spliterator(), false).toList();
        var stream = all.size() >= PARALLEL_FROM ? all.parallelStream() : all.stream();
        List<Outcome> outcomes = stream.map(this::decode).toList();
        List<EventEnvelope> events = new ArrayList<>(outcomes.size());
        Map<TopicPartition, Set<ClientRef>> clients = new LinkedHashMap<>();
        List<DecodedBatch.Undecodable> undecodable = new ArrayList<>();
        Map<String, Integer> unknown = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            switch (outcome) {
                case Decoded decoded -> {
                    events.add(decoded.envelope());
                    clients.computeIfAbsent(decoded.partition(), partition -> new LinkedHashSet<>())
                            .add(new ClientRef(
                                    decoded.envelope().event().orgId(),
                                    decoded.envelope().event().clientId()));
                }
                case Failed failed -> undecodable.add(new DecodedBatch.Undecodable(failed.record(), failed.error()));
                case Unknown skipped -> unknown.merge(skipped.topic(), 1, Integer::sum);
            }
        }
        return new DecodedBatch(events, clients, undecodable, unknown);
    }

    private Outcome decode(ConsumerRecord<byte[], byte[]> record) {
        try {
            return new Decoded(new TopicPartition(record.topic(), record.partition()), codec.fromRecord(record));
        } catch (UnknownEventTypeException e) {
            return new Unknown(record.topic());
        } catch (RuntimeException e) {
            return new Failed(record, e);
        }
    }
}
