package io.throughline.platform.eventstore;

import static io.throughline.platform.eventstore.EventStoreMother.commit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading aggregates by their commits' sequence keys, over several windows, and in a store from before the keys. */
@WithInfrastructure
class AggregateCommitsIT {

    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void freshStore(TestInfrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoConnectionString());
        database = client.getDatabase(EventStoreMother.freshDatabaseName("aggregate-commits"));
    }

    @AfterEach
    void close() {
        database.drop();
        client.close();
    }

    @Test
    void readsALongAggregateOfMixedCommitsAcrossWindowsInOrder() {
        CommitEventStorageEngine engine = EventStoreMother.engine(database);
        long next = 0;
        for (int size : new int[] {1, 63, 1, 2, 64, 7, 1, 1, 100, 30}) {
            engine.appendEvents(commit("long", next, size, "w"));
            engine.appendEvents(commit("other", next, size, "w"));
            next += size;
        }

        assertThat(sequences(engine, "long", 0))
                .isEqualTo(LongStream.range(0, next).boxed().toList());
        assertThat(sequences(engine, "long", 131))
                .isEqualTo(LongStream.range(131, next).boxed().toList());
        assertThat(sequences(engine, "long", 140))
                .isEqualTo(LongStream.range(140, next).boxed().toList());
        assertThat(sequences(engine, "long", next)).isEmpty();
        assertThat(engine.lastSequenceNumberFor("long")).contains(next - 1);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void givesCommitsStoredBeforeTheKeyTheirKeyAndReplacesTheOldIndex() {
        MongoCollection<Document> commits = database.getCollection("eventcommits");
        EventStoreMother.engine(database).appendEvents(commit("old", 0, 3, "w"));
        EventStoreMother.engine(database).appendEvents(commit("old", 3, 2, "w"));
        // the store as the engine wrote it before sequence keys existed
        commits.dropIndex(AggregateCommits.SEQUENCE_KEY_INDEX);
        commits.updateMany(new Document(), Updates.unset(CommitDocuments.SEQUENCE_KEY));
        commits.createIndex(
                Indexes.ascending(CommitDocuments.AGGREGATE_ID, CommitDocuments.FIRST_SEQUENCE),
                new IndexOptions().unique(true).name(DuplicateKey.AGGREGATE_SEQUENCE_INDEX));
        database.getCollection("event_store_format").drop();

        CommitEventStorageEngine upgraded = EventStoreMother.engine(database);

        assertThat(sequences(upgraded, "old", 0)).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(commits.find()
                        .map(commit -> commit.getString(CommitDocuments.SEQUENCE_KEY))
                        .into(new ArrayList<>()))
                .containsExactlyInAnyOrder("old:0", "old:3");
        assertThat(commits.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .contains(AggregateCommits.SEQUENCE_KEY_INDEX)
                .doesNotContain(DuplicateKey.AGGREGATE_SEQUENCE_INDEX);
        assertThatExceptionOfType(ConcurrencyException.class)
                .isThrownBy(() -> upgraded.appendEvents(commit("old", 3, 1, "late")));
    }

    private static List<Long> sequences(CommitEventStorageEngine engine, String aggregate, long from) {
        return engine.readEvents(aggregate, from)
                .asStream()
                .map(DomainEventMessage::getSequenceNumber)
                .toList();
    }
}
