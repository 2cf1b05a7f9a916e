package io.throughline.platform.eventstore.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code throughline.event-store.*}: where events and tokens live. The database defaults to the
 * service's MongoDB database ({@code spring.mongodb.database}).
 */
@ConfigurationProperties("throughline.event-store")
public record EventStoreProperties(
        String database,
        @DefaultValue("eventcommits") String commitsCollection,
        @DefaultValue("snapshots") String snapshotsCollection,
        @DefaultValue("trackingtokens") String tokensCollection,
        @DefaultValue("100") int batchSize,
        @DefaultValue("10s") Duration tokenClaimTimeout) {}
