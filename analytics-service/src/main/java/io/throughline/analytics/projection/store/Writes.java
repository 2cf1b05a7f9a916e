package io.throughline.analytics.projection.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The writer's reads by id and its conditional writes. A conditional write names the version it
 * expects the stored document to have ({@link #ABSENT}: no document) and upserts: if the stored one
 * moved on, the upsert's insert meets the existing {@code _id} and MongoDB refuses it as a
 * duplicate key, which {@link #bulk} turns into a {@link WriteConflict}. One round trip, no
 * transaction, the same on every MongoDB.
 */
final class Writes {

    /** The version a writer expects of a document it found missing: no stored document has it. */
    static final long ABSENT = -1;

    /** Ids per {@code $in}: the embedded MongoDB matches every document it finds against the whole list. */
    private static final int READ_CHUNK = 500;

    private Writes() {}

    static Map<String, Document> read(MongoCollection<Document> collection, Collection<String> keys) {
        List<String> ids = List.copyOf(keys);
        Map<String, Document> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += READ_CHUNK) {
            collection
                    .find(in("_id", ids.subList(from, Math.min(ids.size(), from + READ_CHUNK))))
                    .forEach(document -> found.put(document.getString("_id"), document));
        }
        return found;
    }

    /** Replaces the document if its {@code versionField} still is {@code expected}, inserts it if {@link #ABSENT}. */
    static ReplaceOneModel<Document> replaceIf(String id, String versionField, long expected, Document document) {
        return new ReplaceOneModel<>(
                and(eq("_id", id), eq(versionField, expected)), document, new ReplaceOptions().upsert(true));
    }

    /**
     * Moves a session document to {@code version} as it is, or leaves a placeholder without facts
     * where none was: a session write of another writer, based on what was seen, can no longer land.
     */
    static UpdateOneModel<Document> claim(String id, long expected, long version, String orgId, String clientId) {
        return new UpdateOneModel<>(
                and(eq("_id", id), eq(SessionBson.CLIENT_VERSION, expected)),
                Updates.combine(
                        Updates.set(SessionBson.CLIENT_VERSION, version),
                        Updates.setOnInsert("orgId", orgId),
                        Updates.setOnInsert("clientId", clientId)),
                new UpdateOptions().upsert(true));
    }

    static UpdateOneModel<Document> addClientsToCoach(String coachKey, Collection<String> clientIds) {
        int slash = coachKey.indexOf('/');
        return new UpdateOneModel<>(
                eq("_id", coachKey),
                Updates.combine(
                        Updates.addEachToSet("clients", List.copyOf(clientIds)),
                        Updates.setOnInsert("orgId", coachKey.substring(0, slash)),
                        Updates.setOnInsert("coachId", coachKey.substring(slash + 1))),
                new UpdateOptions().upsert(true));
    }

    /** One unordered bulk write; conditional writes that found another version are a {@link WriteConflict}. */
    static void bulk(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        if (writes.isEmpty()) {
            return;
        }
        try {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyConflicts = e.getWriteConcernError() == null
                    && e.getWriteErrors().stream()
                            .allMatch(error ->
                                    ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (onlyConflicts) {
                throw new WriteConflict(
                        collection.getNamespace().getCollectionName(),
                        e.getWriteErrors().size());
            }
            throw e;
        }
    }
}
