package io.throughline.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

@WithInfrastructure
class WithInfrastructureIT {

    @Test
    void givesAKafkaBrokerThatDeliversWhatWasSent(TestInfrastructure infrastructure) throws Exception {
        String topic = "with-infrastructure-it";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "coachee-1", "hello")).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "with-infrastructure-it",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
            assertThat(received).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("coachee-1");
                assertThat(record.value()).isEqualTo("hello");
            });
        }
    }

    @Test
    void givesAMongoDbThatStoresAndFinds(TestInfrastructure infrastructure) {
        try (MongoClient client = MongoClients.create(infrastructure.mongoConnectionString())) {
            var collection = client.getDatabase("with-infrastructure-it").getCollection("notes");
            collection.insertOne(new Document("_id", "n1").append("text", "on track"));

            assertThat(collection.find(Filters.eq("_id", "n1")).first()).containsEntry("text", "on track");
        }
    }

    @Test
    void exportsTheEmbeddedAddressesForSpringBootTests(TestInfrastructure infrastructure) {
        if (infrastructure.kind() == TestInfrastructure.Kind.EMBEDDED) {
            assertThat(System.getProperty("spring.kafka.bootstrap-servers"))
                    .isEqualTo(infrastructure.kafkaBootstrapServers());
            assertThat(System.getProperty("spring.mongodb.uri")).isEqualTo(infrastructure.mongoConnectionString());
        } else {
            assertThat(infrastructure.kafkaContainer()).isPresent();
            assertThat(infrastructure.mongoContainer()).isPresent();
        }
    }
}
