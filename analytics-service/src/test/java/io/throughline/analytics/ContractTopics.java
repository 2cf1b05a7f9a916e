package io.throughline.analytics;

import io.throughline.analytics.projection.consumer.TopicSetup;
import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The consumed topics (created when missing) and a plain producer that publishes contract events onto them. */
public final class ContractTopics implements AutoCloseable {

    private static final CoachingEventCodec CODEC = new CoachingEventCodec();

    private final KafkaProducer<String, byte[]> producer;

    public ContractTopics(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            TopicSetup.ensure(admin);
        }
        producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", bootstrapServers), new StringSerializer(), new ByteArraySerializer());
    }

    /** Each event as its CloudEvents binary-mode record, flushed. */
    public void publish(List<EventEnvelope> events) {
        events.forEach(event -> producer.send(CODEC.toRecord(event)));
        producer.flush();
    }

    /** Each event as its record with the given record timestamp (CreateTime), flushed. */
    public void publish(List<EventEnvelope> events, Function<EventEnvelope, Instant> recordedAt) {
        for (EventEnvelope event : events) {
            ProducerRecord<String, byte[]> record = CODEC.toRecord(event);
            producer.send(new ProducerRecord<>(
                    record.topic(),
                    record.partition(),
                    recordedAt.apply(event).toEpochMilli(),
                    record.key(),
                    record.value(),
                    record.headers()));
        }
        producer.flush();
    }

    /** Any record, e.g. one that is not a CloudEvent. */
    public void send(ProducerRecord<String, byte[]> record) {
        producer.send(record);
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
