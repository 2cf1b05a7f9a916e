package io.throughline.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    private static final String TOPIC = "coaching.test.v1";

    @TempDir
    Path logDirectory;

    @Test
    void consumerGroupResumesFromCommittedOffsetsOnAThreePartitionTopic() throws Exception {
        try (EmbeddedKafkaBroker broker =
                EmbeddedKafkaBroker.persistent(0, logDirectory).start()) {
            createTopic(broker, 3);
            List<String> sent = produce(broker, 30);

            List<String> firstHalf;
            try (KafkaConsumer<String, String> consumer = consumer(broker, "group-a")) {
                firstHalf = pollUntil(consumer, 15);
                consumer.commitSync();
            }
            Map<TopicPartition, OffsetAndMetadata> committed = committedOffsets(broker, "group-a");
            assertThat(committed.values().stream()
                            .mapToLong(OffsetAndMetadata::offset)
                            .sum())
                    .isEqualTo(firstHalf.size());

            List<String> rest;
            try (KafkaConsumer<String, String> consumer = consumer(broker, "group-a")) {
                rest = pollUntil(consumer, sent.size() - firstHalf.size());
            }
            assertThat(firstHalf).doesNotContainAnyElementsOf(rest);
            assertThat(concat(firstHalf, rest)).containsExactlyInAnyOrderElementsOf(sent);
            assertThat(partitionsOf(broker)).isEqualTo(3);
        }
    }

    @Test
    void brokerRestartedOnTheSameLogDirectoryKeepsRecordsAndCommittedOffsets() throws Exception {
        EmbeddedKafkaBroker broker =
                EmbeddedKafkaBroker.persistent(0, logDirectory).start();
        try {
            createTopic(broker, 3);
            List<String> sent = produce(broker, 20);
            try (KafkaConsumer<String, String> consumer = consumer(broker, "group-b")) {
                pollUntil(consumer, 20);
                consumer.commitSync();
            }

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            try (KafkaConsumer<String, String> consumer = consumer(broker, "fresh-group-" + UUID.randomUUID())) {
                assertThat(pollUntil(consumer, sent.size())).containsExactlyInAnyOrderElementsOf(sent);
            }
            assertThat(committedOffsets(broker, "group-b").values().stream()
                            .mapToLong(OffsetAndMetadata::offset)
                            .sum())
                    .isEqualTo(sent.size());
        } finally {
            broker.close();
        }
    }

    private static void createTopic(EmbeddedKafkaBroker broker, int partitions) throws Exception {
        try (Admin admin = admin(broker)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1)))
                    .all()
                    .get();
        }
    }

    private static int partitionsOf(EmbeddedKafkaBroker broker) throws Exception {
        try (Admin admin = admin(broker)) {
            return admin.describeTopics(Set.of(TOPIC))
                    .allTopicNames()
                    .get()
                    .get(TOPIC)
                    .partitions()
                    .size();
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committedOffsets(EmbeddedKafkaBroker broker, String group)
            throws Exception {
        try (Admin admin = admin(broker)) {
            return admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
        }
    }

    private static List<String> produce(EmbeddedKafkaBroker broker, int count) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        List<String> values = new ArrayList<>();
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                String value = "record-" + i;
                producer.send(new ProducerRecord<>(TOPIC, "client-" + (i % 7), value))
                        .get();
                values.add(value);
            }
        }
        return values;
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafkaBroker broker, String group) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5);
        KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(TOPIC));
        return consumer;
    }

    /** Polls until {@code count} records came; the consumer's position is left right after them. */
    private static List<String> pollUntil(KafkaConsumer<String, String> consumer, int count) {
        List<String> values = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (values.size() < count && System.nanoTime() < deadline) {
            Set<TopicPartition> rewound = new HashSet<>();
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (values.size() < count && !rewound.contains(partition)) {
                    values.add(record.value());
                } else if (rewound.add(partition)) {
                    consumer.seek(partition, record.offset());
                }
            }
        }
        assertThat(values).as("records consumed within 30 s").hasSize(count);
        return values;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Admin admin(EmbeddedKafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }
}
