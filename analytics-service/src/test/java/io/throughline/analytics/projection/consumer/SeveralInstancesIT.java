package io.throughline.analytics.projection.consumer;

import static io.throughline.analytics.AnalyticsMother.ARTICLE_SESSION;
import static io.throughline.analytics.AnalyticsMother.CLIENT;
import static io.throughline.analytics.AnalyticsMother.COACH;
import static io.throughline.analytics.AnalyticsMother.SECOND_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.ContractTopics;
import io.throughline.analytics.client.query.ClientPatternsQuery;
import io.throughline.analytics.coach.query.CoachPatternsQuery;
import io.throughline.analytics.overview.query.OverviewQuery;
import io.throughline.analytics.projection.store.ProjectionWriter;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.analytics.session.query.TimelineQuery;
import io.throughline.events.EventEnvelope;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

/** Three instances in one consumer group, each with its share of the partitions, give the figures one writer gives. */
@WithInfrastructure
class SeveralInstancesIT {

    @Test
    void giveTheFiguresOfOneWriter(TestInfrastructure infrastructure) throws Exception {
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        List<EventEnvelope> events = new ArrayList<>(AnalyticsMother.twoOrganisations(org, "other-" + org));
        try (MongoClient mongo = MongoClients.create(infrastructure.mongoConnectionString());
                ContractTopics topics = new ContractTopics(infrastructure.kafkaBootstrapServers())) {
            ReadModels expected = readModels(mongo);
            new ProjectionWriter().apply(expected.active(), events);
            ReadModels shared = readModels(mongo);
            String group = "several-" + UUID.randomUUID();
            List<ConcurrentMessageListenerContainer<byte[], byte[]>> instances = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                instances.add(instance(infrastructure.kafkaBootstrapServers(), group, shared));
            }
            try {
                instances.forEach(ConcurrentMessageListenerContainer::start);
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> instances.stream()
                                .allMatch(instance -> instance.getAssignedPartitions() != null
                                        && !instance.getAssignedPartitions().isEmpty()));
                Collections.shuffle(events, new Random(5));
                events.addAll(new ArrayList<>(events.subList(0, events.size() / 3)));
                topics.publish(events);

                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200))
                        .ignoreExceptions()
                        .untilAsserted(() -> assertThat(answers(shared, org)).isEqualTo(answers(expected, org)));
            } finally {
                instances.forEach(ConcurrentMessageListenerContainer::stop);
            }
        }
    }

    private static ConcurrentMessageListenerContainer<byte[], byte[]> instance(
            String bootstrap, String group, ReadModels readModels) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, List.of(RangeAssignor.class.getName()));
        ConcurrentKafkaListenerContainerFactory<byte[], byte[]> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(
                new DefaultKafkaConsumerFactory<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        ProjectionListener listener =
                new ProjectionListener(readModels, new ProjectionMetrics(new SimpleMeterRegistry()));
        factory.getContainerProperties().setConsumerRebalanceListener(listener);
        ConcurrentMessageListenerContainer<byte[], byte[]> container =
                factory.createContainer(TopicSetup.CONSUMED.toArray(String[]::new));
        container.setupMessageListener(listener);
        return container;
    }

    private static List<Object> answers(ReadModels models, String org) {
        return List.of(
                new ClientPatternsQuery(models).find(org, CLIENT, 0, 100).orElseThrow(),
                new ClientPatternsQuery(models).find(org, SECOND_CLIENT, 0, 100).orElseThrow(),
                new CoachPatternsQuery(models).find(org, COACH).orElseThrow(),
                new OverviewQuery(models).find(org),
                new TimelineQuery(models).find(org, ARTICLE_SESSION).orElseThrow());
    }

    private static ReadModels readModels(MongoClient mongo) {
        ReadModels models = new ReadModels(mongo.getDatabase("several-it-" + UUID.randomUUID()));
        models.initialise();
        return models;
    }
}
