package io.throughline.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.throughline.platform.embedded.EmbeddedMongoServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class MongoPingHealthIndicatorIT {

    @Test
    void isUpWhileMongoDbAnswersAndDownWithinTheTimeoutOnceItIsGone() {
        EmbeddedMongoServer server = EmbeddedMongoServer.inMemory(0);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            MongoPingHealthIndicator indicator =
                    new MongoPingHealthIndicator(client.getDatabase("events"), Duration.ofSeconds(1));

            Health up = indicator.health(true);
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("database", "events");

            server.close();

            long start = System.nanoTime();
            assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
