package io.throughline.prepform.config;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    /** The driver waits 30 s for a server by default; a request should fail with 503 long before that. */
    @Bean
    MongoClientSettingsBuilderCustomizer serverSelectionTimeout(PrepFormProperties properties) {
        return settings -> settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                properties.mongoServerSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Named so that it takes the place of Spring Boot's {@code mongo} contributor. */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(@Qualifier("eventStoreDatabase") MongoDatabase database) {
        return new MongoPingHealthIndicator(database);
    }
}
