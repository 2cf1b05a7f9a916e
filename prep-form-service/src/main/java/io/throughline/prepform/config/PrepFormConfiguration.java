package io.throughline.prepform.config;

import io.throughline.prepform.command.PrepFormGateway;
import io.throughline.prepform.query.PrepFormViews;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The command side and the form view: the aggregate itself is found by Axon through its {@code @Aggregate}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrepFormProperties.class)
class PrepFormConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PrepFormGateway prepFormGateway(CommandGateway commandGateway, PrepFormProperties properties) {
        return new PrepFormGateway(commandGateway, properties.commandAttempts());
    }

    @Bean
    PrepFormViews prepFormViews(EventStore eventStore) {
        return new PrepFormViews(eventStore);
    }
}
