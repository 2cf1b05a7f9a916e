package io.throughline.platform.kafka.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.platform.embedded.EmbeddedKafkaBroker;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The broker goes away; a record is sent, and a second one for the same partition a few seconds
 * later. The first expires (delivery timeout) while the second still waits in the producer; then
 * the broker comes back. A plain idempotent producer delivers the second record without the first,
 * the reordering that would put an aggregate's event n+1 on the topic before event n. The
 * publisher's {@link OrderKeepingProducer} must not deliver it.
 */
class FailedSendOrderIT {

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(8);
    private static final Duration GAP = Duration.ofSeconds(4);
    private static final int BATCH_SIZE = 512;

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedKafkaBroker.persistent(0, Files.createTempDirectory("failed-send-order-"))
                .start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void aRecordQueuedBehindAnExpiredOneIsNotDeliveredBeforeIt() throws Exception {
        String topic = newTopic();
        try (OrderKeepingProducer producer = new OrderKeepingProducer(FailedSendOrderIT::kafkaProducer)) {
            Outcome outcome =
                    sendAcrossAnOutage(topic, record -> producer.generation().send(record));

            assertThat(outcome.second())
                    .as("the record queued behind the expired one")
                    .isNull();
            assertThat(outcome.onTopic()).containsExactly("before");

            producer.generation()
                    .send(new ProducerRecord<>(topic, "key", bytes("first, again")))
                    .get(30, TimeUnit.SECONDS);
            producer.generation()
                    .send(new ProducerRecord<>(topic, "key", bytes("second, again")))
                    .get(30, TimeUnit.SECONDS);
            assertThat(read(topic, 3))
                    .as("a fresh producer takes over once the broker is back")
                    .containsExactly("before", "first, again", "second, again");
        }
    }

    @Test
    void aPlainIdempotentProducerDeliversTheLaterRecordWithoutTheEarlierOne() throws Exception {
        String topic = newTopic();
        try (Producer<String, byte[]> producer = kafkaProducer()) {
            Outcome outcome = sendAcrossAnOutage(topic, producer::send);

            assertThat(outcome.second())
                    .as("the record queued behind the expired one")
                    .isNotNull();
            assertThat(outcome.onTopic()).containsExactly("before", "second");
        }
    }

    private record Outcome(RecordMetadata second, List<String> onTopic) {}

    private static Outcome sendAcrossAnOutage(
            String topic, Function<ProducerRecord<String, byte[]>, Future<RecordMetadata>> send) throws Exception {
        send.apply(new ProducerRecord<>(topic, "key", bytes("before"))).get(30, TimeUnit.SECONDS);
        broker.stop();
        try {
            Future<RecordMetadata> first = send.apply(new ProducerRecord<>(topic, "key", bytes("first")));
            Thread.sleep(GAP.toMillis());
            Future<RecordMetadata> second = send.apply(new ProducerRecord<>(topic, "key", bytes("second")));
            assertThatThrownBy(() -> first.get(DELIVERY_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS))
                    .as("the first record expires while the broker is away")
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
            broker.start();
            RecordMetadata delivered;
            try {
                delivered = second.get(DELIVERY_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                System.out.println("[failed-send-order] the second record was not delivered: " + e.getCause());
                delivered = null;
            }
            return new Outcome(delivered, read(topic, delivered == null ? 1 : 2));
        } finally {
            broker.start();
        }
    }

    /**
     * Without a broker to ask, Kafka 4's producer re-bootstraps and forgets the topic, so later sends
     * wait for metadata instead of queueing; keeping the known metadata queues both records, as a
     * stream of events sent just as the broker goes away does. Records larger than the batch size
     * go in two batches, as a stream fills batches.
     */
    private static Producer<String, byte[]> kafkaProducer() {
        return new KafkaProducer<>(
                Map.of(
                        CommonClientConfigs.METADATA_RECOVERY_STRATEGY_CONFIG,
                        "none",
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.LINGER_MS_CONFIG,
                        0,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        BATCH_SIZE,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        (int) DELIVERY_TIMEOUT.toMillis(),
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        (int) DELIVERY_TIMEOUT.toMillis() / 2,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        (int) DELIVERY_TIMEOUT.toMillis()),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    private static String newTopic() throws Exception {
        String topic = "failed-send-order-" + UUID.randomUUID();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        return topic;
    }

    /** The topic's values, read until {@code expected} arrived and one more second passed without more. */
    private static List<String> read(String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "failed-send-order-" + UUID.randomUUID()),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(value(record)));
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                values.add(value(record));
            }
        }
        return values;
    }

    /** The value padded beyond the batch size, so that each record is a batch of its own. */
    private static byte[] bytes(String value) {
        return (value + "|" + ".".repeat(BATCH_SIZE)).getBytes(UTF_8);
    }

    private static String value(ConsumerRecord<String, byte[]> record) {
        String value = new String(record.value(), UTF_8);
        return value.substring(0, value.indexOf('|'));
    }
}
