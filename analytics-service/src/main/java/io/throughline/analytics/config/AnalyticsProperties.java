package io.throughline.analytics.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code throughline.analytics.*}. Kafka and MongoDB connections themselves are Spring Boot's
 * {@code spring.kafka.*} and {@code spring.mongodb.*}.
 *
 * @param database MongoDB database; default {@code spring.mongodb.database}, else the connection string's, else {@code analytics}
 */
@ConfigurationProperties("throughline.analytics")
public record AnalyticsProperties(String database, @DefaultValue Projection projection, @DefaultValue("2s") Duration kafkaHealthTimeout) {

    /**
     * @param enabled         whether the live projection consumes (the rebuild works either way)
     * @param maxPollRecords  records per batch: larger batches mean fewer round trips per event
     * @param retryBackoff    first wait after a failed batch, doubling up to {@code maxRetryBackoff}
     */
    public record Projection(@DefaultValue("true") boolean enabled,
                             @DefaultValue("analytics-service") String consumerGroup,
                             @DefaultValue("2000") int maxPollRecords,
                             @DefaultValue("500ms") Duration pollTimeout,
                             @DefaultValue("1s") Duration retryBackoff,
                             @DefaultValue("30s") Duration maxRetryBackoff) {
    }
}
