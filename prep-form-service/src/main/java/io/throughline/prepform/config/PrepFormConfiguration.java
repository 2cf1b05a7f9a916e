package io.throughline.prepform.config;

import io.throughline.platform.commands.RetryingCommandGateway;
import io.throughline.prepform.query.PrepFormViews;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock (business time reads it: the platform's {@code BusinessTime}), the command side's sending and the form
 * view: the aggregate itself is found by Axon through its {@code @Aggregate}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrepFormProperties.class)
class PrepFormConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** A command that lost a race for its form is sent again, up to the configured attempts. */
    @Bean
    RetryingCommandGateway prepFormCommandGateway(CommandGateway commandGateway, PrepFormProperties properties) {
        return new RetryingCommandGateway(commandGateway, properties.commandAttempts());
    }

    @Bean
    PrepFormViews prepFormViews(EventStore eventStore) {
        return new PrepFormViews(eventStore);
    }
}
