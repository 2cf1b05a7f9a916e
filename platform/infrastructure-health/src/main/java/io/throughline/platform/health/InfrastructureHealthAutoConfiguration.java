package io.throughline.platform.health;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@code kafka} and {@code mongo} health contributors; the MongoDB one replaces Spring
 * Boot's, which asks {@code hello}, a command the embedded server doesn't know.
 */
@AutoConfiguration(
        after = {KafkaAutoConfiguration.class, MongoAutoConfiguration.class},
        before = MongoHealthContributorAutoConfiguration.class)
public class InfrastructureHealthAutoConfiguration {

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("kafka")
    @ConditionalOnBean(KafkaConnectionDetails.class)
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(
            KafkaProperties properties,
            KafkaConnectionDetails connection,
            @Value("${management.health.kafka.timeout:2s}") Duration timeout) {
        Map<String, Object> config = new HashMap<>(properties.buildAdminProperties());
        config.put(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                connection.getAdmin().getBootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "kafka-health");
        return new KafkaHealthIndicator(config, timeout);
    }

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("mongo")
    @ConditionalOnBean(MongoClient.class)
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(
            MongoClient client,
            MongoProperties properties,
            @Value("${management.health.mongo.timeout:2s}") Duration timeout) {
        return new MongoPingHealthIndicator(client.getDatabase(properties.getMongoClientDatabase()), timeout);
    }
}
