package io.throughline.platform.eventstore;

import static org.axonframework.common.DateTimeUtils.formatInstant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The document form of a commit: the events one unit of work appended for one aggregate, stored
 * together so that they are stored all or none. Timestamps are Axon's fixed-width UTC strings, so
 * they compare in time order.
 */
final class CommitDocuments {

    static final String POSITION = "_id";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String DOMAIN = "domain";
    static final String FIRST_SEQUENCE = "firstSequence";
    static final String LAST_SEQUENCE = "lastSequence";
    static final String SEQUENCE_KEY = "sequenceKey";
    static final String TIMESTAMP = "timestamp";
    static final String EVENTS = "events";
    static final String EVENT_ID = "eventId";
    static final String SEQUENCE = "sequence";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";

    private CommitDocuments() {}

    /**
     * Splits what one unit of work appends into commits: consecutive events of one aggregate form one
     * commit; an event outside any aggregate is a commit of its own.
     */
    static List<List<? extends EventMessage<?>>> split(List<? extends EventMessage<?>> events) {
        List<List<? extends EventMessage<?>>> commits = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= events.size(); i++) {
            if (i == events.size() || !sameAggregate(events.get(start), events.get(i))) {
                commits.add(events.subList(start, i));
                start = i;
            }
        }
        return commits;
    }

    static Document commit(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.size() > TrackingPositions.EVENTS_PER_COMMIT) {
            throw new EventStoreException("A commit holds at most " + TrackingPositions.EVENTS_PER_COMMIT
                    + " events; this one has " + events.size());
        }
        EventMessage<?> first = events.get(0);
        List<Document> stored = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            stored.add(event(event, serializer));
        }
        Document commit = new Document();
        if (first instanceof DomainEventMessage<?> domain) {
            commit.append(AGGREGATE_ID, domain.getAggregateIdentifier())
                    .append(AGGREGATE_TYPE, domain.getType())
                    .append(DOMAIN, true)
                    .append(FIRST_SEQUENCE, domain.getSequenceNumber())
                    .append(LAST_SEQUENCE, ((DomainEventMessage<?>) events.get(events.size() - 1)).getSequenceNumber())
                    .append(
                            SEQUENCE_KEY,
                            AggregateCommits.sequenceKey(domain.getAggregateIdentifier(), domain.getSequenceNumber()));
        } else {
            commit.append(AGGREGATE_ID, first.getIdentifier())
                    .append(AGGREGATE_TYPE, null)
                    .append(DOMAIN, false)
                    .append(FIRST_SEQUENCE, 0L)
                    .append(LAST_SEQUENCE, 0L)
                    .append(SEQUENCE_KEY, AggregateCommits.sequenceKey(first.getIdentifier(), 0L));
        }
        return commit.append(TIMESTAMP, formatInstant(first.getTimestamp())).append(EVENTS, stored);
    }

    static Document snapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        return event(snapshot, serializer)
                .append(POSITION, snapshot.getAggregateIdentifier() + "@" + snapshot.getSequenceNumber())
                .append(AGGREGATE_ID, snapshot.getAggregateIdentifier())
                .append(AGGREGATE_TYPE, snapshot.getType());
    }

    /** The events of {@code commit} after the global index {@code lastSeen}, each with its token. */
    static List<TrackedEventData<?>> trackedEvents(Document commit, long lastSeen) {
        long position = commit.getLong(POSITION);
        List<Document> events = commit.getList(EVENTS, Document.class);
        List<TrackedEventData<?>> tracked = new ArrayList<>(events.size());
        for (int index = 0; index < events.size(); index++) {
            var token = TrackingPositions.token(position, index);
            if (token.getGlobalIndex() <= lastSeen) {
                continue;
            }
            Document event = events.get(index);
            tracked.add(
                    commit.getBoolean(DOMAIN)
                            ? new TrackedDomainEventData<>(token, domainEvent(commit, event))
                            : new TrackedNonDomainEvent(
                                    token,
                                    event.getString(EVENT_ID),
                                    event.getString(TIMESTAMP),
                                    serialized(event.getString(PAYLOAD), event),
                                    serializedMetaData(event)));
        }
        return tracked;
    }

    /** The events of {@code commit} from sequence number {@code firstSequence} on. */
    static List<DomainEventData<?>> domainEvents(Document commit, long firstSequence) {
        List<DomainEventData<?>> result = new ArrayList<>();
        for (Document event : commit.getList(EVENTS, Document.class)) {
            if (event.getLong(SEQUENCE) >= firstSequence) {
                result.add(domainEvent(commit, event));
            }
        }
        return result;
    }

    static DomainEventData<?> snapshotData(Document snapshot) {
        return domainEvent(snapshot, snapshot);
    }

    private static Document event(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L;
        return new Document(EVENT_ID, event.getIdentifier())
                .append(SEQUENCE, sequence)
                .append(TIMESTAMP, formatInstant(event.getTimestamp()))
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
    }

    private static GenericDomainEventEntry<String> domainEvent(Document aggregate, Document event) {
        return new GenericDomainEventEntry<>(
                aggregate.getString(AGGREGATE_TYPE),
                aggregate.getString(AGGREGATE_ID),
                event.getLong(SEQUENCE),
                event.getString(EVENT_ID),
                event.getString(TIMESTAMP),
                event.getString(PAYLOAD_TYPE),
                event.getString(PAYLOAD_REVISION),
                event.getString(PAYLOAD),
                event.getString(META_DATA));
    }

    private static SerializedObject<String> serialized(String data, Document event) {
        return new org.axonframework.serialization.SimpleSerializedObject<>(
                data, String.class, event.getString(PAYLOAD_TYPE), event.getString(PAYLOAD_REVISION));
    }

    private static SerializedObject<String> serializedMetaData(Document event) {
        return new org.axonframework.serialization.SerializedMetaData<>(event.getString(META_DATA), String.class);
    }

    private static boolean sameAggregate(EventMessage<?> a, EventMessage<?> b) {
        return a instanceof DomainEventMessage<?> first
                && b instanceof DomainEventMessage<?> second
                && Objects.equals(first.getAggregateIdentifier(), second.getAggregateIdentifier());
    }
}
