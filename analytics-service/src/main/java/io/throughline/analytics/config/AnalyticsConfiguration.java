package io.throughline.analytics.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.throughline.analytics.projection.consumer.ProjectionListener;
import io.throughline.analytics.projection.rebuild.Rebuild;
import io.throughline.analytics.projection.store.ReadModels;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsConfiguration.class);

    private static final String DEFAULT_DATABASE = "analytics";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MongoDatabase analyticsDatabase(
            MongoClient client,
            AnalyticsProperties properties,
            MongoProperties mongoProperties,
            ObjectProvider<MongoConnectionDetails> connectionDetails) {
        return client.getDatabase(databaseName(properties, mongoProperties, connectionDetails));
    }

    /** The served read models; checks the stored format before the listener container (which needs this) starts. */
    @Bean
    ReadModels readModels(MongoDatabase analyticsDatabase) {
        ReadModels readModels = new ReadModels(analyticsDatabase);
        if (readModels.formatIsCurrent()) {
            readModels.initialise();
        }
        return readModels;
    }

    @Bean
    Rebuild rebuild(
            ConsumerFactory<?, ?> bootConsumers,
            ReadModels readModels,
            ConcurrentMessageListenerContainer<byte[], byte[]> projectionContainer,
            ProjectionListener projectionListener,
            AnalyticsProperties properties,
            Clock clock) {
        return new Rebuild(
                ProjectionConfiguration.consumerConfig(
                        bootConsumers.getConfigurationProperties(), properties.projection()),
                readModels,
                projectionContainer,
                projectionListener,
                clock);
    }

    /** Read models of an older format are rebuilt at start, while the live projection goes on. */
    @Bean
    ApplicationRunner rebuildOlderFormat(ReadModels readModels, Rebuild rebuild) {
        return arguments -> {
            if (!readModels.formatIsCurrent()) {
                log.warn("The stored read models are of an older format: rebuilding them from both topics");
                rebuild.start();
            }
        };
    }

    @Bean
    OpenAPI analyticsOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Throughline analytics-service")
                                .version("v1")
                                .description(
                                        "Per-client and per-coach patterns projected from the coaching event streams (METRICS.md)."));
    }

    private static String databaseName(
            AnalyticsProperties properties,
            MongoProperties mongoProperties,
            ObjectProvider<MongoConnectionDetails> connectionDetails) {
        if (properties.database() != null) {
            return properties.database();
        }
        if (mongoProperties.getDatabase() != null) {
            return mongoProperties.getDatabase();
        }
        MongoConnectionDetails details = connectionDetails.getIfAvailable();
        String fromConnectionString =
                details == null ? null : details.getConnectionString().getDatabase();
        return fromConnectionString != null ? fromConnectionString : DEFAULT_DATABASE;
    }
}
