package io.throughline.analytics.projection.consumer;

import io.throughline.analytics.projection.store.ClientRecomputation.ClientRef;
import io.throughline.events.EventEnvelope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * One poll's records decoded: the events, the clients they concern per partition, the records to
 * dead-letter, and unknown event types skipped per topic.
 */
public record DecodedBatch(
        List<EventEnvelope> events,
        Map<TopicPartition, Set<ClientRef>> clients,
        List<Undecodable> undecodable,
        Map<String, Integer> unknownTypes) {

    public record Undecodable(ConsumerRecord<byte[], byte[]> record, RuntimeException error) {}
}
