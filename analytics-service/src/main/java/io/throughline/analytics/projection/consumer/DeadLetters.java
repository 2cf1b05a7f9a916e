package io.throughline.analytics.projection.consumer;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.KafkaException;

/**
 * The headers this service adds to a record it sends to {@code <topic>.dlt}, besides Spring Kafka's
 * own {@code kafka_dlt-*}: what went wrong (the codec's exception, not the listener's wrapper) and
 * where the record was.
 */
public final class DeadLetters {

    public static final String EXCEPTION = "dlt-exception";
    public static final String EXCEPTION_MESSAGE = "dlt-exception-message";
    public static final String ORIGINAL_TOPIC = "dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "dlt-original-offset";
    public static final String CONSUMER_GROUP = "dlt-consumer-group";

    private DeadLetters() {}

    public static Headers headers(ConsumerRecord<?, ?> record, Exception failure, String consumerGroup) {
        Throwable cause = failure;
        while (cause instanceof KafkaException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        Headers headers = new RecordHeaders();
        header(headers, EXCEPTION, cause.getClass().getName());
        header(headers, EXCEPTION_MESSAGE, String.valueOf(cause.getMessage()));
        header(headers, ORIGINAL_TOPIC, record.topic());
        header(headers, ORIGINAL_PARTITION, Integer.toString(record.partition()));
        header(headers, ORIGINAL_OFFSET, Long.toString(record.offset()));
        header(headers, CONSUMER_GROUP, consumerGroup);
        return headers;
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
