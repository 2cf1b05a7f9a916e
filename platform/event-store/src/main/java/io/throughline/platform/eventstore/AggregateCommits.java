package io.throughline.platform.eventstore;

import static io.throughline.platform.eventstore.CommitDocuments.AGGREGATE_ID;
import static io.throughline.platform.eventstore.CommitDocuments.DOMAIN;
import static io.throughline.platform.eventstore.CommitDocuments.FIRST_SEQUENCE;
import static io.throughline.platform.eventstore.CommitDocuments.LAST_SEQUENCE;
import static io.throughline.platform.eventstore.CommitDocuments.SEQUENCE_KEY;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Finds an aggregate's commits through one unique key per commit, {@code <aggregate id>:<first
 * sequence number>}, which is also what detects two commits of one aggregate starting at the same
 * sequence number. Commits of an aggregate follow each other without gaps (each starts one after the
 * last sequence number of the one before), so the commits starting in a window of
 * {@value #WINDOW} sequence numbers are named exactly, and one query of the unique index reads a
 * whole aggregate of up to {@value #WINDOW} events. A unique single-field index answers an
 * {@code $in} from the index on every MongoDB, the embedded one included (whose planner uses an
 * index only when a query names exactly its fields, and for a compound index only with equality): no
 * scan of the collection, however large the store grows.
 */
final class AggregateCommits {

    static final String SEQUENCE_KEY_INDEX = "aggregate_sequence_key";

    private static final int WINDOW = 64;
    private static final String FORMAT_COLLECTION = "event_store_format";
    private static final String SEQUENCE_KEYS_FORMAT = "sequence-keys";

    private final MongoCollection<Document> commits;

    AggregateCommits(MongoCollection<Document> commits) {
        this.commits = commits;
    }

    static String sequenceKey(String aggregateId, long firstSequence) {
        return aggregateId + ":" + firstSequence;
    }

    /**
     * Gives commits written before the key existed their key, once per store (a marker document
     * says it is done), then makes the key unique and drops the index it replaces.
     */
    void ensureKeys(MongoDatabase database) {
        MongoCollection<Document> format = database.getCollection(FORMAT_COLLECTION);
        boolean keyed = format.find(Filters.eq("_id", SEQUENCE_KEYS_FORMAT)).first() != null;
        if (!keyed) {
            for (Document commit : commits.find(Filters.exists(SEQUENCE_KEY, false))) {
                commits.updateOne(
                        Filters.eq("_id", commit.get("_id")),
                        Updates.set(
                                SEQUENCE_KEY,
                                sequenceKey(commit.getString(AGGREGATE_ID), commit.getLong(FIRST_SEQUENCE))));
            }
        }
        commits.createIndex(
                Indexes.ascending(SEQUENCE_KEY), new IndexOptions().unique(true).name(SEQUENCE_KEY_INDEX));
        if (!keyed) {
            boolean replaced = commits.listIndexes()
                    .map(index -> index.getString("name"))
                    .into(new ArrayList<>())
                    .contains(DuplicateKey.AGGREGATE_SEQUENCE_INDEX);
            if (replaced) {
                commits.dropIndex(DuplicateKey.AGGREGATE_SEQUENCE_INDEX);
            }
            format.updateOne(
                    Filters.eq("_id", SEQUENCE_KEYS_FORMAT),
                    Updates.set("done", true),
                    new UpdateOptions().upsert(true));
        }
    }

    /**
     * The aggregate's commits holding sequence numbers from {@code from} on, in order. When no commit
     * starts exactly at {@code from} (a reader resuming inside a commit, after a snapshot), a range
     * query finds the one that holds it.
     */
    List<Document> from(String aggregateId, long from) {
        List<Document> chain = new ArrayList<>();
        long expected = from;
        for (long windowStart = from; ; windowStart = expected) {
            Map<Long, Document> starting = startingIn(aggregateId, windowStart);
            for (Document next = starting.get(expected); next != null; next = starting.get(expected)) {
                chain.add(next);
                expected = next.getLong(LAST_SEQUENCE) + 1;
            }
            if (expected < windowStart + WINDOW) {
                break;
            }
        }
        if (chain.isEmpty() && from > 0) {
            return containing(aggregateId, from);
        }
        return chain;
    }

    private Map<Long, Document> startingIn(String aggregateId, long windowStart) {
        List<String> keys = new ArrayList<>(WINDOW);
        for (long sequence = windowStart; sequence < windowStart + WINDOW; sequence++) {
            keys.add(sequenceKey(aggregateId, sequence));
        }
        Map<Long, Document> byFirstSequence = new HashMap<>();
        for (Document commit : commits.find(Filters.in(SEQUENCE_KEY, keys))) {
            if (commit.getBoolean(DOMAIN)) {
                byFirstSequence.put(commit.getLong(FIRST_SEQUENCE), commit);
            }
        }
        return byFirstSequence;
    }

    private List<Document> containing(String aggregateId, long from) {
        return commits.find(Filters.and(
                        Filters.eq(AGGREGATE_ID, aggregateId),
                        Filters.eq(DOMAIN, true),
                        Filters.gte(LAST_SEQUENCE, from)))
                .sort(Sorts.ascending(FIRST_SEQUENCE))
                .into(new ArrayList<>());
    }
}
