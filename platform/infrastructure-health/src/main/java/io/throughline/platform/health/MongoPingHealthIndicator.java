package io.throughline.platform.health;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Up when MongoDB answers {@code ping} within the timeout. Replaces Spring Boot's indicator, whose
 * {@code hello} command the embedded MongoDB only answers on {@code admin}, so that health reads the
 * same on both; the bounded wait keeps a probe from hanging for the driver's 30 s server selection
 * while MongoDB is down.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    public MongoPingHealthIndicator(MongoDatabase database, Duration timeout) {
        super("MongoDB health check failed");
        this.database = database.withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
