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
     * @param maxPollRecords  records per poll at most (with {@code maxPartitionFetchBytes} to match)
     * @param maxPartitionFetchBytes Kafka's {@code max.partition.fetch.bytes} for the projection's consumers
     * @param flushRecords    records staged from several polls before they are written and committed, at most:
     *                        while catching up, larger windows write each session and client once for more of its events
     * @param flushInterval   how long records stay staged at most; once caught up, every poll is written at once
     * @param alignmentSlack  while catching up, how far ahead in record time one partition may get of the slowest
     *                        before it waits for it (0 turns this off)
     * @param retryBackoff    first wait after a failed batch, doubling up to {@code maxRetryBackoff}
     * @param cacheSize       session documents and client rollups each the projection keeps in memory after writing;
     *                        at least what one window touches, so that the next one need not read them back
     */
    public record Projection(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("analytics-service") String consumerGroup,
            @DefaultValue("10000") int maxPollRecords,
            @DefaultValue("4194304") int maxPartitionFetchBytes,
            @DefaultValue("250000") int flushRecords,
            @DefaultValue("5s") Duration flushInterval,
            @DefaultValue("100ms") Duration alignmentSlack,
            @DefaultValue("500ms") Duration pollTimeout,
            @DefaultValue("1s") Duration retryBackoff,
            @DefaultValue("30s") Duration maxRetryBackoff,
            @DefaultValue("50000") int cacheSize) {}
}
