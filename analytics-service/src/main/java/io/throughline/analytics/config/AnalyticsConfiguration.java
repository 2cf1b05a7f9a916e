package io.throughline.analytics.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.throughline.analytics.projection.consumer.BatchHandler;
import io.throughline.analytics.projection.consumer.KafkaClients;
import io.throughline.analytics.projection.consumer.LiveProjection;
import io.throughline.analytics.projection.consumer.ProjectionMetrics;
import io.throughline.analytics.projection.consumer.RecordDecoder;
import io.throughline.analytics.projection.rebuild.Rebuild;
import io.throughline.analytics.projection.store.ClientRecomputation;
import io.throughline.analytics.projection.store.ProjectionWriter;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.events.CoachingEventCodec;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

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

    @Bean
    ReadModels readModels(MongoDatabase analyticsDatabase, Clock clock) {
        return new ReadModels(analyticsDatabase, clock);
    }

    /** Spring Boot's factories carry {@code spring.kafka.*} and any connection details; the loop itself is plain kafka-clients. */
    @Bean
    KafkaClients kafkaClients(ConsumerFactory<?, ?> consumers, ProducerFactory<?, ?> producers, KafkaAdmin admin) {
        return new KafkaClients(
                consumers.getConfigurationProperties(),
                producers.getConfigurationProperties(),
                admin.getConfigurationProperties());
    }

    @Bean
    RecordDecoder recordDecoder() {
        return new RecordDecoder(new CoachingEventCodec());
    }

    @Bean
    LiveProjection liveProjection(
            KafkaClients kafka,
            ReadModels readModels,
            RecordDecoder decoder,
            MeterRegistry registry,
            AnalyticsProperties properties) {
        ProjectionMetrics metrics = new ProjectionMetrics(registry);
        AnalyticsProperties.Projection settings = properties.projection();
        BatchHandler batches = new BatchHandler(
                readModels,
                new ProjectionWriter(settings.cacheSize()),
                new ClientRecomputation(),
                decoder,
                metrics,
                settings.flushRecords(),
                settings.flushInterval());
        return new LiveProjection(kafka, batches, metrics, settings);
    }

    @Bean
    Rebuild rebuild(
            KafkaClients kafka,
            ReadModels readModels,
            RecordDecoder decoder,
            LiveProjection live,
            AnalyticsProperties properties,
            Clock clock) {
        return new Rebuild(kafka, readModels, decoder, live, properties.projection(), clock);
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
