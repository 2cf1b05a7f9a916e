package io.throughline.platform.kafka.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code throughline.kafka.publisher.*}: the topic this service publishes to (created at start-up
 * when missing, with {@code partitions}), how many events go in one acknowledged batch, how many
 * segments the pooled processor splits the stream into, the producer's delivery timeout, and how often the
 * processor looks for events other instances stored (and for unclaimed segments).
 */
@ConfigurationProperties("throughline.kafka.publisher")
public record KafkaPublisherProperties(
        @DefaultValue("true") boolean enabled,
        String topic,
        @DefaultValue("3") int partitions,
        @DefaultValue("100") int batchSize,
        @DefaultValue("2") int segments,
        @DefaultValue("30s") Duration deliveryTimeout,
        @DefaultValue("500ms") Duration tokenClaimInterval) {}
