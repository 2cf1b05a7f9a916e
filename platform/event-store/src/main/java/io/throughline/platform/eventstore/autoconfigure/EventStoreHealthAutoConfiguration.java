package io.throughline.platform.eventstore.autoconfigure;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code mongo} health component of a service with an event store, in place of Spring Boot's
 * (see {@link EventStoreHealthIndicator}); Boot backs off from a bean of this name.
 */
@AutoConfiguration(after = EventStoreAutoConfiguration.class,
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnEnabledHealthIndicator("mongo")
public class EventStoreHealthAutoConfiguration {

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    EventStoreHealthIndicator mongoHealthIndicator(@Qualifier("eventStoreDatabase") MongoDatabase database,
                                                   @Value("${management.health.mongo.timeout:2s}") Duration timeout) {
        return new EventStoreHealthIndicator(database, timeout);
    }
}
