package io.throughline.prepform.config;

import java.util.concurrent.TimeUnit;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    /** The driver waits 30 s for a server by default; a request should fail with 503 long before that. */
    @Bean
    MongoClientSettingsBuilderCustomizer serverSelectionTimeout(PrepFormProperties properties) {
        return settings -> settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                properties.mongoServerSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }
}
