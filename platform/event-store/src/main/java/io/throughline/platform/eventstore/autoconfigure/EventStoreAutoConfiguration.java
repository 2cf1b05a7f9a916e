package io.throughline.platform.eventstore.autoconfigure;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.throughline.platform.eventstore.CommitEventStorageEngine;
import io.throughline.platform.eventstore.JsonEventSerializer;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts a service's Axon events, snapshots and processor tokens into its MongoDB database: our
 * {@link CommitEventStorageEngine}, and {@code axon-mongo}'s {@link MongoTokenStore} wired by hand
 * (its Boot starter would force transactions, which the embedded MongoDB doesn't have).
 */
@AutoConfiguration(before = AxonAutoConfiguration.class, after = MongoAutoConfiguration.class)
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreAutoConfiguration {

    @Bean
    @Primary
    @ConditionalOnMissingBean(Serializer.class)
    public Serializer serializer() {
        return JsonEventSerializer.create();
    }

    @Bean
    @Qualifier("eventStoreDatabase")
    public MongoDatabase eventStoreDatabase(
            MongoClient client, EventStoreProperties properties, MongoProperties mongoProperties) {
        return client.getDatabase(databaseName(properties, mongoProperties));
    }

    @Bean
    @ConditionalOnMissingBean(EventStorageEngine.class)
    public EventStorageEngine eventStorageEngine(
            @Qualifier("eventStoreDatabase") MongoDatabase database,
            EventStoreProperties properties,
            Serializer serializer,
            Configuration configuration) {
        return CommitEventStorageEngine.builder()
                .database(database)
                .commitsCollection(properties.commitsCollection())
                .snapshotsCollection(properties.snapshotsCollection())
                .batchSize(properties.batchSize())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean(TokenStore.class)
    public TokenStore tokenStore(
            MongoClient client,
            @Qualifier("eventStoreDatabase") MongoDatabase database,
            EventStoreProperties properties,
            Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, database.getName())
                        .trackingTokensCollectionName(properties.tokensCollection())
                        .build())
                .serializer(serializer)
                .claimTimeout(properties.tokenClaimTimeout())
                .build();
    }

    private static String databaseName(EventStoreProperties properties, MongoProperties mongoProperties) {
        return properties.database() != null ? properties.database() : mongoProperties.getMongoClientDatabase();
    }
}
