package io.throughline.analytics.projection.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.RenameCollectionOptions;
import com.mongodb.client.model.ReplaceOptions;
import java.util.HashSet;
import java.util.Set;
import org.bson.Document;

/**
 * The served read models, the one a rebuild fills, and the stored format: {@code projection_meta}
 * holds {@code {_id: "format", version, generation}}. Data of an older format (or of the versions
 * before plain documents, which kept {@code g<n>_} collections) is rebuilt at start.
 */
public final class ReadModels {

    /** Raise when what is stored changes meaning: the service then rebuilds at start. */
    public static final int FORMAT_VERSION = 4;

    private static final String REBUILD_PREFIX = "rebuild_";
    private static final String FORMAT = "format";

    private final MongoDatabase database;
    private final MongoCollection<Document> meta;
    private final ReadModel active;

    public ReadModels(MongoDatabase database) {
        this.database = database;
        this.meta = database.getCollection("projection_meta");
        this.active = ReadModel.of(database, "");
    }

    public ReadModel active() {
        return active;
    }

    /** Whether the stored read models are of this version's format; a database without any is. */
    public boolean formatIsCurrent() {
        Document format = meta.find(eq("_id", FORMAT)).first();
        if (format != null) {
            return format.getInteger("version", 0) >= FORMAT_VERSION;
        }
        return existing().stream().allMatch(name -> name.startsWith("system."));
    }

    /** Creates the served collections' indexes and records the format, if nothing is stored yet. */
    public void initialise() {
        if (meta.find(eq("_id", FORMAT)).first() == null && formatIsCurrent()) {
            active.createIndexes();
            writeFormat(0);
        }
    }

    /** Empty {@code rebuild_} collections, with their indexes. */
    public ReadModel fresh() {
        ReadModel next = ReadModel.of(database, REBUILD_PREFIX);
        drop(next);
        next.createIndexes();
        return next;
    }

    /**
     * Renames the rebuilt collections over the served ones (one rename each: a reader may see the
     * new sessions a moment before the new clients), drops what older versions left, and records the
     * format and the next generation.
     */
    public int activate(ReadModel rebuilt) {
        Set<String> existing = existing();
        for (int i = 0; i < ReadModel.NAMES.size(); i++) {
            MongoCollection<Document> from = rebuilt.collections().get(i);
            MongoCollection<Document> to = active.collections().get(i);
            if (existing.contains(from.getNamespace().getCollectionName())) {
                from.renameCollection(to.getNamespace(), new RenameCollectionOptions().dropTarget(true));
            } else if (existing.contains(to.getNamespace().getCollectionName())) {
                to.drop();
            }
        }
        existing.stream()
                .filter(name -> name.matches("g\\d+_.*") || name.equals("projection_journal"))
                .forEach(name -> database.getCollection(name).drop());
        meta.deleteOne(eq("_id", "active"));
        Document format = meta.find(eq("_id", FORMAT)).first();
        int generation = (format == null ? 0 : format.getInteger("generation", 0)) + 1;
        writeFormat(generation);
        return generation;
    }

    /** Drops the model's collections that exist (dropping a missing one is an error on the embedded MongoDB). */
    public void drop(ReadModel model) {
        Set<String> existing = existing();
        model.collections().stream()
                .filter(collection ->
                        existing.contains(collection.getNamespace().getCollectionName()))
                .forEach(MongoCollection::drop);
    }

    private void writeFormat(int generation) {
        meta.replaceOne(
                eq("_id", FORMAT),
                new Document("version", FORMAT_VERSION).append("generation", generation),
                new ReplaceOptions().upsert(true));
    }

    private Set<String> existing() {
        return database.listCollectionNames().into(new HashSet<>());
    }
}
