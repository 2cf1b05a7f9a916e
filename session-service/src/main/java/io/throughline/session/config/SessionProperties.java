package io.throughline.session.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code throughline.session.*}: how often a command that lost a race for the session's next event
 * is sent before the client gets a 409, and the MongoDB collection of the session list.
 */
@ConfigurationProperties("throughline.session")
public record SessionProperties(
        @DefaultValue("5") int commandAttempts,
        @DefaultValue("sessionlist") String listCollection) {

    public SessionProperties {
        if (commandAttempts < 1) {
            throw new IllegalArgumentException("throughline.session.command-attempts must be at least 1");
        }
    }
}
