package io.throughline.platform.eventstore.autoconfigure;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Up when the event store's database answers a {@code ping} within the timeout. Spring Boot's own
 * MongoDB indicator asks for {@code hello} on the first database it lists, which the embedded
 * mongo-java-server only answers on {@code admin}; a ping works on every server, and a bounded wait
 * keeps a probe from hanging for the driver's 30 s server selection while MongoDB is down.
 */
public class EventStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    public EventStoreHealthIndicator(MongoDatabase database, Duration timeout) {
        super("Event store health check failed");
        this.database = database.withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
