package io.throughline.analytics.projection.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.bson.Document;

/**
 * Which generation of the read models is active. The choice lives in MongoDB, so every instance
 * serves the same one; it is re-read at most once a second.
 */
public final class ReadModels {

    private static final String ACTIVE = "active";
    private static final Duration REFRESH = Duration.ofSeconds(1);

    private final MongoDatabase database;
    private final MongoCollection<Document> meta;
    private final Clock clock;
    private ReadModel active;
    private Instant readAt = Instant.MIN;

    public ReadModels(MongoDatabase database, Clock clock) {
        this.database = database;
        this.meta = database.getCollection("projection_meta");
        this.clock = clock;
    }

    public synchronized ReadModel active() {
        Instant now = clock.instant();
        if (active == null || now.isAfter(readAt.plus(REFRESH))) {
            Document stored = meta.find(eq("_id", ACTIVE)).first();
            int generation = stored == null ? 1 : stored.getInteger("generation");
            if (active == null || active.generation() != generation) {
                active = ReadModel.of(database, generation);
                if (stored == null) {
                    active.createIndexes();
                    meta.replaceOne(
                            eq("_id", ACTIVE),
                            new Document("generation", generation),
                            new ReplaceOptions().upsert(true));
                }
            }
            readAt = now;
        }
        return active;
    }

    /** A fresh, empty generation after the active one. */
    public ReadModel fresh() {
        ReadModel next = ReadModel.of(database, active().generation() + 1);
        drop(next);
        next.createIndexes();
        return next;
    }

    /** Drops the generation's collections that exist (dropping a missing one is an error on the embedded MongoDB). */
    public void drop(ReadModel model) {
        Set<String> existing = database.listCollectionNames().into(new HashSet<>());
        model.collections().stream()
                .filter(collection ->
                        existing.contains(collection.getNamespace().getCollectionName()))
                .forEach(MongoCollection::drop);
    }

    public synchronized void activate(ReadModel model) {
        meta.replaceOne(
                eq("_id", ACTIVE), new Document("generation", model.generation()), new ReplaceOptions().upsert(true));
        active = model;
        readAt = clock.instant();
    }
}
