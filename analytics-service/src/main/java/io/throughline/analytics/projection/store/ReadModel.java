package io.throughline.analytics.projection.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.List;
import org.bson.Document;

/**
 * One set of the read-model collections: the served one has plain names ({@code sessions},
 * {@code clients}, {@code coaches}, {@code session_lists}); a rebuild fills the same names with a
 * {@code rebuild_} prefix and renames them over the served ones when it has caught up.
 */
public record ReadModel(
        MongoCollection<Document> sessions,
        MongoCollection<Document> clients,
        MongoCollection<Document> coaches,
        MongoCollection<Document> lists) {

    static final List<String> NAMES = List.of("sessions", "clients", "coaches", "session_lists");

    static ReadModel of(MongoDatabase database, String prefix) {
        return new ReadModel(
                database.getCollection(prefix + "sessions"),
                database.getCollection(prefix + "clients"),
                database.getCollection(prefix + "coaches"),
                database.getCollection(prefix + "session_lists"));
    }

    /**
     * {@code _id} with the version: the writer's conditional writes ({@link Writes}) filter on both,
     * and the embedded MongoDB uses an index only when its keys are exactly the filter's (a real one
     * would use {@code _id}'s; there the index costs one small entry per write). What is not read by id: the overview (clients by organisation, in client order), re-summing a
     * client after a batch cut short (its sessions), a coach's documents by organisation, and a client's,
     * a coach's ({@code {orgId, coachId}}) or an organisation's sessions for their trends. The
     * embedded MongoDB ignores them and scans; a real one uses them.
     */
    void createIndexes() {
        IndexOptions unique = new IndexOptions().unique(true);
        sessions.createIndex(Indexes.ascending("_id", SessionBson.CLIENT_VERSION), unique);
        clients.createIndex(Indexes.ascending("_id", ClientSums.VERSION), unique);
        sessions.createIndex(Indexes.ascending("orgId", "clientId"));
        sessions.createIndex(Indexes.ascending("orgId", "coachId"));
        clients.createIndex(Indexes.ascending("orgId", "clientId"));
        coaches.createIndex(Indexes.ascending("orgId", "coachId"));
    }

    List<MongoCollection<Document>> collections() {
        return List.of(sessions, clients, coaches, lists);
    }
}
