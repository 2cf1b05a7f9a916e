package io.throughline.prepform.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.throughline.events.Topics;
import io.throughline.events.UndecodableEventException;
import io.throughline.platform.commands.RetryingCommandGateway;
import io.throughline.prepform.sessions.SessionEventConsumer;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The consumer of {@link Topics#SESSIONS} on Spring Boot's listener container (group, byte-array
 * deserializers, ack mode RECORD and no auto-commit are in {@code application.yml}), and its error
 * handling: an undecodable record goes straight to {@code coaching.sessions.v1.dlt}, keeping its
 * key, value and headers and adding Spring Kafka's {@code kafka_dlt-*} headers with the error; any
 * other failure is retried with back-off, without end, because skipping a record would lose a form.
 */
@Configuration(proxyBeanMethods = false)
class SessionEventsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SessionEventsConfiguration.class);

    @Bean
    SessionEventConsumer sessionEventConsumer(
            RetryingCommandGateway prepFormCommandGateway, MeterRegistry meterRegistry) {
        return new SessionEventConsumer(prepFormCommandGateway, meterRegistry);
    }

    @Bean
    NewTopic sessionsTopic(PrepFormProperties properties) {
        return TopicBuilder.name(Topics.SESSIONS)
                .partitions(properties.sessionEvents().partitions())
                .build();
    }

    @Bean
    NewTopic sessionsDeadLetterTopic(PrepFormProperties properties) {
        return TopicBuilder.name(Topics.deadLetter(Topics.SESSIONS))
                .partitions(properties.sessionEvents().partitions())
                .build();
    }

    /** Byte arrays in and out, so a dead letter carries the record's key and value exactly as they came. */
    @Bean
    KafkaTemplate<byte[], byte[]> deadLetterTemplate(
            KafkaProperties kafkaProperties, KafkaConnectionDetails connection) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        config.put(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                connection.getProducer().getBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "prep-form-dead-letters");
        return new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(), new ByteArraySerializer()));
    }

    @Bean
    DefaultErrorHandler sessionEventsErrorHandler(
            KafkaTemplate<byte[], byte[]> deadLetterTemplate,
            PrepFormProperties properties,
            MeterRegistry meterRegistry) {
        // Partition -1: the producer picks one by key, so the dead-letter topic may have any number of partitions.
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(
                deadLetterTemplate, (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ExponentialBackOff backOff = new ExponentialBackOff(
                properties.sessionEvents().retryInitialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.sessionEvents().retryMaxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(
                (record, exception) -> {
                    log.error(
                            "Dead-lettering record {}-{}@{}: {}",
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            exception.getCause() != null ? exception.getCause().getMessage() : exception.getMessage());
                    deadLetters.accept(record, exception);
                    meterRegistry
                            .counter("prepform.session.events.dead-lettered")
                            .increment();
                },
                backOff);
        handler.addNotRetryableExceptions(UndecodableEventException.class);
        return handler;
    }
}
