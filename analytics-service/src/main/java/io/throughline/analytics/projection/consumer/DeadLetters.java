package io.throughline.analytics.projection.consumer;

import io.throughline.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends records nobody can read to {@code <topic>.dlt}: key, value and headers as they came, plus
 * what went wrong and where the record was. The consumer waits for the broker's acknowledgement
 * before committing past the record, so a dead letter is never lost.
 */
public final class DeadLetters {

    public static final String EXCEPTION = "dlt-exception";
    public static final String EXCEPTION_MESSAGE = "dlt-exception-message";
    public static final String ORIGINAL_TOPIC = "dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "dlt-original-offset";
    public static final String CONSUMER_GROUP = "dlt-consumer-group";

    private final Producer<byte[], byte[]> producer;
    private final String consumerGroup;

    public DeadLetters(Producer<byte[], byte[]> producer, String consumerGroup) {
        this.producer = producer;
        this.consumerGroup = consumerGroup;
    }

    public List<Future<RecordMetadata>> send(List<DecodedBatch.Undecodable> undecodable) {
        return undecodable.stream()
                .map(failed -> producer.send(deadLetter(failed.record(), failed.error())))
                .toList();
    }

    public static void await(List<Future<RecordMetadata>> sent) throws InterruptedException, ExecutionException {
        for (Future<RecordMetadata> future : sent) {
            future.get();
        }
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ConsumerRecord<byte[], byte[]> record, RuntimeException error) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        header(headers, EXCEPTION, error.getClass().getName());
        header(headers, EXCEPTION_MESSAGE, String.valueOf(error.getMessage()));
        header(headers, ORIGINAL_TOPIC, record.topic());
        header(headers, ORIGINAL_PARTITION, Integer.toString(record.partition()));
        header(headers, ORIGINAL_OFFSET, Long.toString(record.offset()));
        header(headers, CONSUMER_GROUP, consumerGroup);
        return new ProducerRecord<>(
                Topics.deadLetter(record.topic()), null, record.timestamp(), record.key(), record.value(), headers);
    }

    private static void header(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
