package io.throughline.analytics.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.throughline.analytics.projection.consumer.DeadLetters;
import io.throughline.analytics.projection.consumer.ProjectionListener;
import io.throughline.analytics.projection.consumer.ProjectionMetrics;
import io.throughline.analytics.projection.consumer.TopicSetup;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.events.Topics;
import io.throughline.events.UndecodableEventException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The projection's Spring Kafka listener container: group {@code throughline.analytics.projection.consumer-group},
 * byte arrays in (the contract's codec decodes), batch listener, ack mode BATCH with synchronous
 * commits, the range assignor (a client's partitions of both topics go to one consumer), and the
 * dead-letter scheme prep-form-service uses: an undecodable record goes straight to
 * {@code <topic>.dlt}; any other failure (MongoDB away) retries the batch with back-off, without end.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    static final String CONTAINER = "analytics-projection";
    private static final Logger log = LoggerFactory.getLogger(ProjectionConfiguration.class);

    @Bean
    ProjectionMetrics projectionMetrics(MeterRegistry registry) {
        return new ProjectionMetrics(registry);
    }

    @Bean
    ProjectionListener projectionListener(ReadModels readModels, ProjectionMetrics metrics) {
        return new ProjectionListener(readModels, metrics);
    }

    @Bean
    ConcurrentMessageListenerContainer<byte[], byte[]> projectionContainer(
            ConsumerFactory<?, ?> bootConsumers,
            ProducerFactory<?, ?> bootProducers,
            KafkaAdmin admin,
            ProjectionListener listener,
            ProjectionMetrics metrics,
            AnalyticsProperties properties) {
        AnalyticsProperties.Projection settings = properties.projection();
        ensureTopics(admin);
        ConcurrentKafkaListenerContainerFactory<byte[], byte[]> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(
                consumerConfig(bootConsumers.getConfigurationProperties(), settings),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer()));
        factory.setBatchListener(true);
        factory.setAutoStartup(settings.enabled());
        factory.setCommonErrorHandler(errorHandler(bootProducers, metrics, settings));
        ContainerProperties container = factory.getContainerProperties();
        container.setAckMode(ContainerProperties.AckMode.BATCH);
        container.setSyncCommits(true);
        container.setPollTimeout(settings.pollTimeout().toMillis());
        container.setConsumerRebalanceListener(listener);
        ConcurrentMessageListenerContainer<byte[], byte[]> projection =
                factory.createContainer(TopicSetup.CONSUMED.toArray(String[]::new));
        projection.setupMessageListener(listener);
        projection.setBeanName(CONTAINER);
        return projection;
    }

    static Map<String, Object> consumerConfig(Map<String, Object> boot, AnalyticsProperties.Projection settings) {
        Map<String, Object> config = new HashMap<>(boot);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.consumerGroup());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, settings.maxPartitionFetchBytes());
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int)
                settings.fetchMaxWait().toMillis());
        config.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, List.of(RangeAssignor.class.getName()));
        return config;
    }

    private static DefaultErrorHandler errorHandler(
            ProducerFactory<?, ?> bootProducers, ProjectionMetrics metrics, AnalyticsProperties.Projection settings) {
        Map<String, Object> config = new HashMap<>(bootProducers.getConfigurationProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "analytics-dead-letters");
        KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(), new ByteArraySerializer()));
        // Partition -1: the producer picks one by key, so the dead-letter topic may have any number of partitions.
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(
                template, (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        deadLetters.setHeadersFunction(
                (record, exception) -> DeadLetters.headers(record, exception, settings.consumerGroup()));
        ExponentialBackOff backOff =
                new ExponentialBackOff(settings.retryBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(settings.maxRetryBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(
                (record, exception) -> {
                    log.warn(
                            "Dead-lettering {}-{}@{}: {}",
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            exception.getCause() != null ? exception.getCause().getMessage() : exception.getMessage());
                    deadLetters.accept(record, exception);
                    metrics.deadLettered(record.topic());
                },
                backOff);
        handler.addNotRetryableExceptions(UndecodableEventException.class);
        return handler;
    }

    /** Both topics and their dead-letter topics, created when missing; a broker not there yet only delays that. */
    private static void ensureTopics(KafkaAdmin admin) {
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            TopicSetup.ensure(client);
        } catch (Exception e) {
            log.warn("Could not check the topics at start ({}); the consumer subscribes anyway", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
