package io.throughline.prepform.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code throughline.prep-form.*}. {@code commandAttempts}: how often a command that lost a race for
 * its form is sent in all. {@code sessionEvents}: the partitions of {@code coaching.sessions.v1} and
 * its dead-letter topic when this service creates them, and the back-off between attempts at a
 * record whose commands failed (MongoDB down, say), which is retried until it succeeds.
 * {@code mongoServerSelectionTimeout}: how long a MongoDB operation waits for a server before the
 * request fails with 503.
 */
@ConfigurationProperties("throughline.prep-form")
public record PrepFormProperties(
        @DefaultValue("3") int commandAttempts,
        @DefaultValue SessionEvents sessionEvents,
        @DefaultValue("5s") Duration mongoServerSelectionTimeout) {

    public record SessionEvents(
            @DefaultValue("3") int partitions,
            @DefaultValue("500ms") Duration retryInitialInterval,
            @DefaultValue("30s") Duration retryMaxInterval) {}
}
