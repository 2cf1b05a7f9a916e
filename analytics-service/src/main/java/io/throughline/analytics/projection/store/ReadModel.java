package io.throughline.analytics.projection.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import io.throughline.analytics.projection.model.ClientRollup;
import io.throughline.analytics.projection.model.ClientRollupCodec;
import io.throughline.analytics.projection.model.CoachRollup;
import io.throughline.analytics.projection.model.ListingBucket;
import io.throughline.analytics.projection.model.SessionDocument;
import io.throughline.analytics.projection.model.SessionDocumentCodec;
import java.util.List;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;

/**
 * One generation of the read models. A rebuild fills a fresh generation while the active one keeps
 * serving, then switches; collection names carry the generation so both can exist side by side.
 */
public record ReadModel(
        int generation,
        MongoCollection<SessionDocument> sessions,
        MongoCollection<ClientRollup> clients,
        MongoCollection<CoachRollup> coaches,
        MongoCollection<ListingBucket> listings,
        MongoCollection<Document> journal) {

    public static ReadModel of(MongoDatabase database, int generation) {
        String prefix = "g" + generation + "_";
        CodecRegistry codecs = CodecRegistries.fromRegistries(
                CodecRegistries.fromCodecs(new SessionDocumentCodec(), new ClientRollupCodec()),
                database.getCodecRegistry());
        return new ReadModel(
                generation,
                database.getCollection(prefix + "sessions", SessionDocument.class)
                        .withCodecRegistry(codecs),
                database.getCollection(prefix + "clients", ClientRollup.class).withCodecRegistry(codecs),
                database.getCollection(prefix + "coaches", CoachRollup.class),
                database.getCollection(prefix + "listings", ListingBucket.class),
                database.getCollection(prefix + "journal"));
    }

    /**
     * The queries that are not by id: the overview (by organisation) and re-summing a client after a
     * crash. The embedded MongoDB ignores these indexes and scans; a real one uses them.
     */
    public void createIndexes() {
        sessions.createIndex(Indexes.ascending("orgId", "clientId"));
        clients.createIndex(Indexes.ascending("orgId"));
        coaches.createIndex(Indexes.ascending("orgId"));
    }

    List<MongoCollection<?>> collections() {
        return List.of(sessions, clients, coaches, listings, journal);
    }
}
