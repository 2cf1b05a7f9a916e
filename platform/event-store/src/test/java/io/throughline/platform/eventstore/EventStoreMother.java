package io.throughline.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;

/** Engines and events for the event-store tests. */
final class EventStoreMother {

    static final String AGGREGATE_TYPE = "Thing";
    static final Serializer SERIALIZER = JsonEventSerializer.create();

    private EventStoreMother() {}

    static String freshDatabaseName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static CommitEventStorageEngine engine(MongoDatabase database) {
        return CommitEventStorageEngine.builder()
                .database(database)
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .build();
    }

    /** axon-mongo's engine (document per event, tracking by timestamp with a one-second look-back). */
    static MongoEventStorageEngine axonMongoEngine(MongoClient client, String database) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, database)
                        .build())
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .build();
    }

    static DomainEventMessage<ThingHappened> event(String aggregateId, long sequence, String writer) {
        return new GenericDomainEventMessage<>(
                AGGREGATE_TYPE,
                aggregateId,
                sequence,
                new ThingHappened(aggregateId, writer, (int) sequence, "event " + sequence + " of " + aggregateId));
    }

    /** A commit of {@code count} events for {@code aggregateId} starting at {@code firstSequence}. */
    static List<DomainEventMessage<?>> commit(String aggregateId, long firstSequence, int count, String writer) {
        List<DomainEventMessage<?>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(event(aggregateId, firstSequence + i, writer));
        }
        return events;
    }
}
