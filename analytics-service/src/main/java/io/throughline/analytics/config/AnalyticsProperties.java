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
public record AnalyticsProperties(
        String database, @DefaultValue Projection projection) {

    /**
     * @param enabled         whether the live projection consumes (the rebuild works either way)
     * @param maxPollRecords  records per poll, which is one batch, at most (with {@code maxPartitionFetchBytes} to match)
     * @param maxPartitionFetchBytes Kafka's {@code max.partition.fetch.bytes} for the projection's consumers
     * @param fetchMaxWait    Kafka's {@code fetch.max.wait.ms}: how long the broker holds a fetch with less than
     *                        {@code fetch.min.bytes}; with the default 1 byte, a record is handed over as it arrives
     * @param pollTimeout     the container's poll timeout
     * @param retryBackoff    first wait after a failed batch, doubling up to {@code maxRetryBackoff}
     */
    public record Projection(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("analytics-service") String consumerGroup,
            @DefaultValue("50000") int maxPollRecords,
            @DefaultValue("16777216") int maxPartitionFetchBytes,
            @DefaultValue("500ms") Duration fetchMaxWait,
            @DefaultValue("1s") Duration pollTimeout,
            @DefaultValue("1s") Duration retryBackoff,
            @DefaultValue("30s") Duration maxRetryBackoff) {}
}
