package io.throughline.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerIT {

    @TempDir
    Path dataDirectory;

    @Test
    void driverInsertsFindsAndGetsADuplicateKeyErrorFromAUniqueCompoundIndex() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory(0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("it").getCollection("events");
            events.createIndex(Indexes.ascending("aggregateId", "sequence"), new IndexOptions().unique(true));

            events.insertOne(new Document("aggregateId", "session-1")
                    .append("sequence", 0)
                    .append("type", "scheduled"));
            events.insertOne(new Document("aggregateId", "session-1")
                    .append("sequence", 1)
                    .append("type", "started"));
            events.insertOne(new Document("aggregateId", "session-2")
                    .append("sequence", 0)
                    .append("type", "scheduled"));

            assertThat(events.find(Filters.eq("aggregateId", "session-1")).into(new java.util.ArrayList<>()))
                    .extracting(d -> d.getString("type"))
                    .containsExactlyInAnyOrder("scheduled", "started");

            assertThatExceptionOfType(MongoWriteException.class)
                    .isThrownBy(() -> events.insertOne(new Document("aggregateId", "session-1").append("sequence", 1)))
                    .satisfies(e -> assertThat(ErrorCategory.fromErrorCode(e.getCode()))
                            .isEqualTo(ErrorCategory.DUPLICATE_KEY));
            assertThat(events.countDocuments()).isEqualTo(3);
        }
    }

    @Test
    void persistentServerKeepsItsDataAcrossARestart() {
        Path file = dataDirectory.resolve("mongo.mv");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("it")
                    .getCollection("sessions")
                    .insertOne(new Document("_id", "session-1").append("status", "ENDED"));
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            Document found = client.getDatabase("it")
                    .getCollection("sessions")
                    .find(Filters.eq("_id", "session-1"))
                    .first();
            assertThat(found).isNotNull();
            assertThat(found.getString("status")).isEqualTo("ENDED");
        }
    }
}
