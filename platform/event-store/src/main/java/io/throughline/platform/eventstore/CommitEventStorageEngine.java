package io.throughline.platform.eventstore;

import static io.throughline.platform.eventstore.CommitDocuments.AGGREGATE_ID;
import static io.throughline.platform.eventstore.CommitDocuments.LAST_SEQUENCE;
import static io.throughline.platform.eventstore.CommitDocuments.POSITION;
import static io.throughline.platform.eventstore.CommitDocuments.SEQUENCE;
import static io.throughline.platform.eventstore.CommitDocuments.TIMESTAMP;

import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * An Axon 4 {@code EventStorageEngine} on MongoDB that gives three guarantees without multi-document
 * transactions:
 * <ol>
 *   <li><b>Nothing skipped.</b> Each commit is one document whose {@code _id} is its position in one
 *   global order. A writer claims the next position with the insert itself (unique {@code _id}, retry
 *   on a duplicate), and position n+1 can only be taken once n is stored, so readers see a gap-free
 *   prefix however slow a writer is: a stalled writer's insert fails on its stale position and is
 *   retried at the end.</li>
 *   <li><b>Whole commits.</b> One document holds all events one unit of work appended for one
 *   aggregate; a single-document insert is atomic.</li>
 *   <li><b>Conflicts detected.</b> A unique key per commit, aggregate id and first sequence number,
 *   lets only one of two commits that start at the same sequence number succeed; the other gets
 *   Axon's {@code ConcurrencyException} (or {@code AggregateStreamCreationException} at sequence
 *   0).</li>
 * </ol>
 * Event ids are unique (a unique multikey index). Indexes are created when the engine is built.
 * Every read is by point lookups of unique keys (positions, the aggregate's sequence keys), so its
 * cost does not grow with the store ({@link AggregateCommits}).
 */
public class CommitEventStorageEngine extends BatchingEventStorageEngine {

    private static final int MAX_POSITION_CLAIMS = 10_000;

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final AggregateCommits aggregates;
    private final ReentrantLock appendLock = new ReentrantLock();
    private volatile long lastClaimedPosition;

    protected CommitEventStorageEngine(Builder builder) {
        super(builder);
        this.commits = builder.database.getCollection(builder.commitsCollection);
        this.snapshots = builder.database.getCollection(builder.snapshotsCollection);
        this.aggregates = new AggregateCommits(commits);
        aggregates.ensureKeys(builder.database);
        ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    private void ensureIndexes() {
        commits.createIndex(
                Indexes.ascending(CommitDocuments.EVENTS + "." + CommitDocuments.EVENT_ID),
                new IndexOptions().unique(true).name(DuplicateKey.EVENT_ID_INDEX));
        snapshots.createIndex(
                Indexes.compoundIndex(Indexes.ascending(AGGREGATE_ID), Indexes.descending(SEQUENCE)),
                new IndexOptions().name("aggregate_newest"));
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        for (List<? extends EventMessage<?>> commit : CommitDocuments.split(events)) {
            insertAtNextPosition(CommitDocuments.commit(commit, serializer), commit.get(0));
        }
    }

    private void insertAtNextPosition(Document commit, EventMessage<?> first) {
        appendLock.lock();
        try {
            long position = (lastClaimedPosition > 0 ? lastClaimedPosition : highestPositionFrom(0)) + 1;
            for (int claim = 1; ; claim++) {
                commit.put(POSITION, position);
                try {
                    commits.insertOne(commit);
                    lastClaimedPosition = position;
                    return;
                } catch (MongoWriteException e) {
                    switch (DuplicateKey.of(e)) {
                        case POSITION -> {
                            if (claim == MAX_POSITION_CLAIMS) {
                                throw new EventStoreException("No free position after " + claim + " claims", e);
                            }
                            position = highestPositionFrom(position) + 1;
                        }
                        case AGGREGATE_SEQUENCE -> handlePersistenceException(e, first);
                        case EVENT_ID ->
                            throw new EventStoreException(
                                    "An event of this commit has an id that is already stored (first event "
                                            + first.getIdentifier() + ")",
                                    e);
                        case OTHER ->
                            throw new EventStoreException(
                                    "Could not store the commit of event " + first.getIdentifier(), e);
                    }
                }
            }
        } catch (MongoException e) {
            throw new EventStoreException(
                    "Could not store the commit of event " + first.getIdentifier() + ": " + e.getMessage(), e);
        } finally {
            appendLock.unlock();
        }
    }

    /**
     * The highest stored position, found from one known to be stored (or 0) by point lookups: the
     * stored positions are 1…n without gaps, so doubling steps then halving them finds n in about
     * 2·log₂(n − known) lookups of {@code _id}, never a scan or a sort of the collection.
     */
    private long highestPositionFrom(long stored) {
        long step = 1;
        while (isStored(stored + step)) {
            stored += step;
            step *= 2;
        }
        long missing = stored + step;
        while (missing - stored > 1) {
            long middle = stored + (missing - stored) / 2;
            if (isStored(middle)) {
                stored = middle;
            } else {
                missing = middle;
            }
        }
        return stored;
    }

    private boolean isStored(long position) {
        return commits.find(Filters.eq(POSITION, position))
                        .projection(Projections.include(POSITION))
                        .first()
                != null;
    }

    /**
     * The next {@code batchSize} commits after the token, asked for by position: positions are
     * consecutive, so naming them is exact, and reading stops at the first one not (yet) stored.
     */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long lastSeen = TrackingPositions.lastSeen(lastToken);
        long first = Math.max(1, TrackingPositions.commitOf(lastSeen));
        List<Long> positions =
                LongStream.range(first, first + batchSize).boxed().toList();
        List<TrackedEventData<?>> events = new ArrayList<>();
        long expected = first;
        for (Document commit : commits.find(Filters.in(POSITION, positions)).sort(Sorts.ascending(POSITION))) {
            if (commit.getLong(POSITION) != expected++) {
                break;
            }
            events.addAll(CommitDocuments.trackedEvents(commit, lastSeen));
        }
        return events;
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(
            String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        List<DomainEventData<?>> events = new ArrayList<>();
        for (Document commit : aggregates.from(aggregateIdentifier, firstSequenceNumber)) {
            events.addAll(CommitDocuments.domainEvents(commit, firstSequenceNumber));
        }
        return events;
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        List<Document> commits = aggregates.from(aggregateIdentifier, 0);
        return commits.isEmpty()
                ? Optional.empty()
                : Optional.of(commits.get(commits.size() - 1).getLong(LAST_SEQUENCE));
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        try {
            snapshots.insertOne(CommitDocuments.snapshot(snapshot, serializer));
        } catch (MongoWriteException e) {
            if (DuplicateKey.of(e) != DuplicateKey.POSITION) {
                throw new EventStoreException(
                        "Could not store the snapshot of " + snapshot.getAggregateIdentifier(), e);
            }
        }
        snapshots.deleteMany(Filters.and(
                Filters.eq(AGGREGATE_ID, snapshot.getAggregateIdentifier()),
                Filters.lt(SEQUENCE, snapshot.getSequenceNumber())));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document newest = snapshots
                .find(Filters.eq(AGGREGATE_ID, aggregateIdentifier))
                .sort(Sorts.descending(SEQUENCE))
                .first();
        return newest == null ? Stream.empty() : Stream.of(CommitDocuments.snapshotData(newest));
    }

    @Override
    public TrackingToken createTailToken() {
        Document first = commits.find()
                .sort(Sorts.ascending(POSITION))
                .projection(Projections.include(POSITION))
                .first();
        return first == null ? null : TrackingPositions.before(first.getLong(POSITION));
    }

    @Override
    public TrackingToken createHeadToken() {
        Document last = commits.find(Filters.eq(POSITION, highestPositionFrom(lastClaimedPosition)))
                .first();
        return last == null
                ? null
                : TrackingPositions.token(
                        last.getLong(POSITION),
                        last.getList(CommitDocuments.EVENTS, Document.class).size() - 1);
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = commits.find(Filters.gte(TIMESTAMP, DateTimeUtils.formatInstant(dateTime)))
                .sort(Sorts.ascending(POSITION))
                .projection(Projections.include(POSITION))
                .first();
        return first == null ? createHeadToken() : TrackingPositions.before(first.getLong(POSITION));
    }

    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private String commitsCollection = "eventcommits";
        private String snapshotsCollection = "snapshots";

        Builder() {
            persistenceExceptionResolver(e -> DuplicateKey.of(e) == DuplicateKey.AGGREGATE_SEQUENCE);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder commitsCollection(String name) {
            this.commitsCollection = name;
            return this;
        }

        public Builder snapshotsCollection(String name) {
            this.snapshotsCollection = name;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("The MongoDatabase of the event store is required");
            }
        }

        public CommitEventStorageEngine build() {
            return new CommitEventStorageEngine(this);
        }
    }
}
