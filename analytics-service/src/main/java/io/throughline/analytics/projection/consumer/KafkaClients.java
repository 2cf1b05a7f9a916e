package io.throughline.analytics.projection.consumer;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Kafka clients configured as Spring Boot configures its own ({@code spring.kafka.*} and any
 * connection details, e.g. from Testcontainers), with raw bytes in and out: the codec decodes.
 */
public final class KafkaClients {

    private final Map<String, Object> consumer;
    private final Map<String, Object> producer;
    private final Map<String, Object> admin;

    public KafkaClients(Map<String, Object> consumer, Map<String, Object> producer, Map<String, Object> admin) {
        this.consumer = Map.copyOf(consumer);
        this.producer = Map.copyOf(producer);
        this.admin = Map.copyOf(admin);
    }

    public KafkaConsumer<byte[], byte[]> consumer(Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(consumer);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.putAll(overrides);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    public KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> config = new HashMap<>(producer);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    public Admin admin() {
        return Admin.create(new HashMap<>(admin));
    }

    public String bootstrapServers() {
        return String.valueOf(consumer.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG));
    }
}
