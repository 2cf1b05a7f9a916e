package io.throughline.platform.eventstore;

import static io.throughline.platform.eventstore.EventStoreMother.commit;
import static io.throughline.platform.eventstore.EventStoreMother.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithInfrastructure
class CommitEventStorageEngineIT {

    private MongoClient client;
    private MongoDatabase database;
    private CommitEventStorageEngine engine;

    @BeforeEach
    void freshStore(TestInfrastructure infrastructure) {
        client = MongoClients.create(infrastructure.mongoConnectionString());
        database = client.getDatabase(EventStoreMother.freshDatabaseName("engine-it"));
        engine = EventStoreMother.engine(database);
    }

    @AfterEach
    void close() {
        database.drop();
        client.close();
    }

    @Test
    void readsBackAnAggregatesEventsInSequenceOrder() {
        engine.appendEvents(commit("a", 0, 3, "w"));
        engine.appendEvents(commit("b", 0, 2, "w"));
        engine.appendEvents(commit("a", 3, 2, "w"));

        assertThat(numbers(engine.readEvents("a").asStream().toList())).containsExactly(0, 1, 2, 3, 4);
        assertThat(engine.readEvents("a")
                        .asStream()
                        .map(DomainEventMessage::getType)
                        .distinct()
                        .toList())
                .containsExactly(EventStoreMother.AGGREGATE_TYPE);
    }

    @Test
    void readsAnAggregatesEventsFromAGivenSequenceNumberEvenInsideACommit() {
        engine.appendEvents(commit("a", 0, 3, "w"));
        engine.appendEvents(commit("a", 3, 3, "w"));

        assertThat(numbers(engine.readEvents("a", 2).asStream().toList())).containsExactly(2, 3, 4, 5);
    }

    @Test
    void storesTheEventsOfOneAppendAsOneCommitDocument() {
        engine.appendEvents(commit("a", 0, 10, "w"));

        assertThat(database.getCollection("eventcommits").countDocuments()).isEqualTo(1);
        Document stored = database.getCollection("eventcommits").find().first();
        assertThat(stored.getList("events", Document.class)).hasSize(10);
        assertThat(stored.getLong("firstSequence")).isZero();
        assertThat(stored.getLong("lastSequence")).isEqualTo(9);
    }

    @Test
    void tracksEveryEventOfEveryAggregateInTheGlobalOrder() {
        engine.appendEvents(commit("a", 0, 2, "w"));
        engine.appendEvents(commit("b", 0, 3, "w"));
        engine.appendEvents(commit("a", 2, 1, "w"));

        List<? extends TrackedEventMessage<?>> tracked =
                engine.readEvents(null, false).toList();

        assertThat(tracked)
                .extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier()
                        + ((DomainEventMessage<?>) e).getSequenceNumber())
                .containsExactly("a0", "a1", "b0", "b1", "b2", "a2");
        assertThat(indexes(tracked)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void resumesTrackingFromATokenInsideACommit() {
        engine.appendEvents(commit("a", 0, 3, "w"));
        engine.appendEvents(commit("b", 0, 2, "w"));
        List<? extends TrackedEventMessage<?>> all =
                engine.readEvents(null, false).toList();

        TrackingToken afterSecond = all.get(1).trackingToken();
        List<? extends TrackedEventMessage<?>> rest =
                engine.readEvents(afterSecond, false).toList();

        assertThat(rest)
                .extracting(TrackedEventMessage::getIdentifier)
                .containsExactlyElementsOf(all.subList(2, 5).stream()
                        .map(TrackedEventMessage::getIdentifier)
                        .toList());
    }

    @Test
    void tracksEventsThatBelongToNoAggregate() {
        engine.appendEvents(commit("a", 0, 1, "w"));
        engine.appendEvents(GenericEventMessage.asEventMessage(new ThingHappened(null, "w", 7, "loose")));

        List<? extends TrackedEventMessage<?>> tracked =
                engine.readEvents(null, false).toList();

        assertThat(tracked).hasSize(2);
        assertThat(tracked.get(1)).isNotInstanceOf(DomainEventMessage.class);
        assertThat(((ThingHappened) tracked.get(1).getPayload()).number()).isEqualTo(7);
    }

    @Test
    void aConflictingAppendRaisesAxonsConcurrencyException() {
        engine.appendEvents(commit("a", 0, 2, "first"));
        engine.appendEvents(commit("a", 2, 1, "first"));

        assertThatExceptionOfType(ConcurrencyException.class)
                .isThrownBy(() -> engine.appendEvents(commit("a", 2, 2, "second")));
        assertThat(numbers(engine.readEvents("a").asStream().toList())).containsExactly(0, 1, 2);
    }

    @Test
    void creatingAnAggregateThatExistsRaisesAggregateStreamCreationException() {
        engine.appendEvents(commit("a", 0, 1, "first"));

        assertThatExceptionOfType(AggregateStreamCreationException.class)
                .isThrownBy(() -> engine.appendEvents(commit("a", 0, 1, "second")));
    }

    @Test
    void anEventIdCanBeStoredOnlyOnce() {
        DomainEventMessage<ThingHappened> original = event("a", 0, "w");
        engine.appendEvents(original);
        DomainEventMessage<ThingHappened> sameId = new GenericDomainEventMessage<>(
                EventStoreMother.AGGREGATE_TYPE,
                "b",
                0,
                original.getPayload(),
                original.getMetaData(),
                original.getIdentifier(),
                Instant.now());

        assertThatExceptionOfType(EventStoreException.class)
                .isThrownBy(() -> engine.appendEvents(sameId))
                .withMessageContaining("already stored");
    }

    @Test
    void knowsTheLastSequenceNumberOfAnAggregate() {
        engine.appendEvents(commit("a", 0, 4, "w"));
        engine.appendEvents(commit("a", 4, 3, "w"));

        assertThat(engine.lastSequenceNumberFor("a")).contains(6L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void storesSnapshotsAndReadsTheNewest() {
        engine.appendEvents(commit("a", 0, 6, "w"));
        engine.storeSnapshot(snapshot("a", 2));
        engine.storeSnapshot(snapshot("a", 5));
        engine.storeSnapshot(snapshot("a", 5));

        DomainEventMessage<?> newest = engine.readSnapshot("a").orElseThrow();
        assertThat(newest.getSequenceNumber()).isEqualTo(5);
        assertThat(((ThingHappened) newest.getPayload()).text()).isEqualTo("snapshot at 5");
        assertThat(database.getCollection("snapshots").countDocuments()).isEqualTo(1);
        assertThat(engine.readSnapshot("b")).isEmpty();
    }

    @Test
    void createsTailAndHeadTokens() {
        assertThat(engine.createTailToken()).isNull();
        assertThat(engine.createHeadToken()).isNull();
        engine.appendEvents(commit("a", 0, 2, "w"));
        engine.appendEvents(commit("b", 0, 3, "w"));
        List<? extends TrackedEventMessage<?>> all =
                engine.readEvents(null, false).toList();

        assertThat(engine.readEvents(engine.createTailToken(), false).toList()).hasSize(5);
        assertThat(engine.createHeadToken()).isEqualTo(all.get(4).trackingToken());
        assertThat(engine.readEvents(engine.createHeadToken(), false).toList()).isEmpty();
    }

    @Test
    void createsATokenAtAPointInTime() throws InterruptedException {
        engine.appendEvents(commit("a", 0, 2, "w"));
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        engine.appendEvents(commit("b", 0, 3, "w"));

        assertThat(engine.readEvents(engine.createTokenAt(between), false).toList())
                .extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier())
                .containsExactly("b", "b", "b");
        assertThat(engine.createTokenAt(Instant.now().plusSeconds(60))).isEqualTo(engine.createHeadToken());
    }

    @Test
    void keepsTheRevisionOfAnEventAndUpcastsOlderRevisions() {
        CommitEventStorageEngine upcasting = CommitEventStorageEngine.builder()
                .database(database)
                .eventSerializer(EventStoreMother.SERIALIZER)
                .snapshotSerializer(EventStoreMother.SERIALIZER)
                .upcasterChain(new NoteRenamedUpcaster())
                .build();
        upcasting.appendEvents(new GenericDomainEventMessage<>("Note", "n", 0, new NoteTaken("current")));
        Document stored = database.getCollection("eventcommits").find().first();
        assertThat(stored.getList("events", Document.class).getFirst().getString("payloadRevision"))
                .isEqualTo("2");

        Document historic = new Document(stored);
        Document oldEvent =
                new Document(stored.getList("events", Document.class).getFirst());
        oldEvent.put("eventId", "historic-event");
        oldEvent.put("sequence", 1L);
        oldEvent.put("payloadRevision", "1");
        oldEvent.put("payload", "{\"note\":\"from revision 1\"}");
        historic.put("_id", 99L);
        historic.put("firstSequence", 1L);
        historic.put("sequenceKey", "n:1");
        historic.put("lastSequence", 1L);
        historic.put("events", List.of(oldEvent));
        database.getCollection("eventcommits").insertOne(historic);

        assertThat(upcasting
                        .readEvents("n")
                        .asStream()
                        .map(e -> ((NoteTaken) e.getPayload()).text())
                        .toList())
                .containsExactly("current", "from revision 1");
    }

    @Test
    void createsItsIndexesWhenBuilt() {
        List<String> indexes = database.getCollection("eventcommits").listIndexes().into(new ArrayList<>()).stream()
                .map(index -> index.getString("name"))
                .collect(Collectors.toList());

        assertThat(indexes)
                .contains("_id_", "aggregate_sequence_key", "event_id")
                .doesNotContain("aggregate_sequence");
    }

    private static DomainEventMessage<ThingHappened> snapshot(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>(
                EventStoreMother.AGGREGATE_TYPE,
                aggregateId,
                sequence,
                new ThingHappened(aggregateId, "snapshotter", (int) sequence, "snapshot at " + sequence));
    }

    private static List<Integer> numbers(List<? extends org.axonframework.eventhandling.EventMessage<?>> events) {
        return events.stream()
                .map(e -> ((ThingHappened) e.getPayload()).number())
                .toList();
    }

    private static List<Long> indexes(List<? extends TrackedEventMessage<?>> events) {
        return events.stream()
                .map(e -> ((GlobalSequenceTrackingToken) e.trackingToken()).getGlobalIndex())
                .toList();
    }

    @Revision("2")
    record NoteTaken(String text) {}

    /** Revision 1 called the field {@code note}. */
    static final class NoteRenamedUpcaster extends SingleEventUpcaster {

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().getName().equals(NoteTaken.class.getName())
                    && "1".equals(representation.getType().getRevision());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcast(
                    new SimpleSerializedType(NoteTaken.class.getName(), "2"),
                    JsonNode.class,
                    node -> {
                        ObjectNode object = (ObjectNode) node;
                        object.set("text", object.remove("note"));
                        return object;
                    },
                    java.util.function.Function.identity());
        }
    }
}
