package io.throughline.platform.kafka.publishing;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The {@code kafka-publisher} pooled streaming processor over the event store, with an idempotent
 * {@code acks=all} producer. Its listener errors propagate (Axon's default would log and move on),
 * so a batch Kafka did not acknowledge is rolled back and retried instead of skipped.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "throughline.kafka.publisher.enabled", matchIfMissing = true)
@EnableConfigurationProperties(KafkaPublisherProperties.class)
public class KafkaPublishingAutoConfiguration {

    @Bean(destroyMethod = "close")
    OrderKeepingProducer coachingEventProducer(
            KafkaProperties kafkaProperties, KafkaConnectionDetails connection, KafkaPublisherProperties properties) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        config.put(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                connection.getProducer().getBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        int deliveryTimeout = (int) properties.deliveryTimeout().toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(deliveryTimeout / 2, 30_000));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, deliveryTimeout);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, KafkaEventPublisher.PROCESSING_GROUP);
        return new OrderKeepingProducer(
                () -> new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()));
    }

    @Bean
    KafkaEventPublisher kafkaEventPublisher(
            OrderKeepingProducer coachingEventProducer, ObjectProvider<KafkaAdmin> admin) {
        return new KafkaEventPublisher(coachingEventProducer, () -> admin.ifAvailable(KafkaAdmin::initialize));
    }

    @Bean
    @ConditionalOnProperty("throughline.kafka.publisher.topic")
    NewTopic publishedTopic(KafkaPublisherProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.partitions())
                .build();
    }

    /**
     * Told of each local commit ({@link CommitSignallingSource}) instead of looking every 500 ms; it
     * looks for other instances' events at {@code token-claim-interval}. Under load a batch still
     * takes up to {@code batch-size} events.
     */
    @Bean
    ConfigurerModule kafkaPublisherProcessor(KafkaPublisherProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(
                        KafkaEventPublisher.PROCESSING_GROUP,
                        configuration -> new CommitSignallingSource(configuration.eventStore()),
                        (configuration, builder) -> builder.batchSize(properties.batchSize())
                                .initialSegmentCount(properties.segments())
                                .tokenClaimInterval(
                                        properties.tokenClaimInterval().toMillis()))
                .registerListenerInvocationErrorHandler(
                        KafkaEventPublisher.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance()));
    }
}
