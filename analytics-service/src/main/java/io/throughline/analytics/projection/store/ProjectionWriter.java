package io.throughline.analytics.projection.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.throughline.analytics.projection.model.ClientRollup;
import io.throughline.analytics.projection.model.CoachRollup;
import io.throughline.analytics.projection.model.Contribution;
import io.throughline.analytics.projection.model.FieldNames;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.model.ListingBucket;
import io.throughline.analytics.projection.model.SessionDocument;
import io.throughline.analytics.session.fold.FactsMerger;
import io.throughline.analytics.session.fold.SessionFacts;
import io.throughline.analytics.session.fold.SessionFold;
import io.throughline.events.EventEnvelope;
import io.throughline.events.PrepFormEvent;
import io.throughline.events.SessionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Applies events to a generation of the read models in three steps. {@link #stage} merges events
 * into the session documents they concern, in memory, reading those it does not hold. {@link #prepare}
 * works out what the staged events changed: each changed session document once, each touched client
 * rollup once (moved by the difference between its sessions' old and new contributions), coach
 * membership and listing entries only where they changed. The {@link Prepared} writes then run as
 * one bulk write per collection, on any thread, while the next events are staged; {@link #written}
 * says they are stored. Staging several polls before one flush writes a session or a client once for
 * all its events in them. An event whose aggregate's sequence was already applied changes nothing.
 * <p>
 * One writer per client at a time, which Kafka's partitioning by client gives: rollups are read,
 * changed and written whole, and the documents it wrote are kept in a cache; documents being written
 * are served from memory until they are. Not thread-safe, except {@link Prepared#execute()}.
 */
public final class ProjectionWriter {

    public record Result(int applied, int duplicates) {}

    record CoachRef(String orgId, String coachId) {}

    /** Ids per {@code $in}: the embedded MongoDB matches every document it finds against the whole list. */
    private static final int READ_CHUNK = 500;

    private record Move(Contribution before, Contribution after) {}

    /** A session document as stored, and what it contributes (folded once, when it is read or written). */
    private record Stored(SessionDocument document, Contribution contribution) {}

    /** A session document the staged events concern: as stored before them (null if new), and its facts with them. */
    private static final class Staged {
        private final String id;
        private final Stored before;
        private final EventEnvelope first;
        private final SessionFacts initial;
        private SessionFacts facts;

        Staged(String id, Stored before, EventEnvelope first) {
            this.id = id;
            this.before = before;
            this.first = first;
            this.initial =
                    before == null ? SessionFacts.none() : before.document().facts();
            this.facts = initial;
        }

        boolean changed() {
            return facts != initial;
        }

        SessionDocument after() {
            return before != null
                    ? new SessionDocument(
                            id,
                            before.document().orgId(),
                            before.document().clientId(),
                            before.document().sessionId(),
                            facts)
                    : new SessionDocument(
                            id, first.event().orgId(), first.event().clientId(), sessionId(first), facts);
        }
    }

    /**
     * What one flush writes, worked out on the projection's thread. Sessions are written first, so a
     * flush cut short leaves session documents ahead of the rollups, which is what the journal repairs.
     */
    public static final class Prepared {
        private final ReadModel model;
        private final Result result;
        private final List<Stored> sessions;
        private final List<ClientRollup> clients;
        private final List<WriteModel<CoachRollup>> coaches;
        private final List<WriteModel<ListingBucket>> listings;

        private Prepared(
                ReadModel model,
                Result result,
                List<Stored> sessions,
                List<ClientRollup> clients,
                List<WriteModel<CoachRollup>> coaches,
                List<WriteModel<ListingBucket>> listings) {
            this.model = model;
            this.result = result;
            this.sessions = sessions;
            this.clients = clients;
            this.coaches = coaches;
            this.listings = listings;
        }

        public Result result() {
            return result;
        }

        /** Whether there is anything to write. */
        public boolean writes() {
            return !sessions.isEmpty();
        }

        /** Documents written (or updated) per collection: what a flush costs the database. */
        public Map<String, Integer> documents() {
            return Map.of(
                    "sessions",
                    sessions.size(),
                    "clients",
                    clients.size(),
                    "coaches",
                    coaches.size(),
                    "listings",
                    listings.size());
        }

        public void execute() {
            if (!writes()) {
                return;
            }
            bulk(
                    model.sessions(),
                    sessions.stream()
                            .<WriteModel<SessionDocument>>map(
                                    stored -> replace(stored.document().id(), stored.document()))
                            .toList());
            bulk(
                    model.clients(),
                    clients.stream()
                            .<WriteModel<ClientRollup>>map(rollup -> replace(rollup.id(), rollup))
                            .toList());
            bulk(model.coaches(), coaches);
            bulk(model.listings(), listings);
        }
    }

    private final DocumentCache<Stored> sessions;
    private final DocumentCache<ClientRollup> clients;
    private final Map<String, Stored> sessionsBeingWritten = new HashMap<>();
    private final Map<String, ClientRollup> clientsBeingWritten = new HashMap<>();
    private final Map<String, Staged> staged = new LinkedHashMap<>();
    private Prepared beingWritten;
    private ReadModel stagedFor;
    private ReadModel cachedFor;
    private int stagedEvents;
    private int applied;
    private int duplicates;

    /** @param cacheSize session documents and client rollups each kept in memory after writing them */
    public ProjectionWriter(int cacheSize) {
        this.sessions = new DocumentCache<>(cacheSize);
        this.clients = new DocumentCache<>(cacheSize);
    }

    /**
     * Forgets every cached document, whatever is staged and whatever was being written: call when
     * another writer may have written (partitions moved) or this one failed, once no write runs.
     */
    public void forget() {
        sessions.clear();
        clients.clear();
        sessionsBeingWritten.clear();
        clientsBeingWritten.clear();
        beingWritten = null;
        clearStaged();
    }

    /** Stages the events and flushes them. */
    public Result apply(ReadModel model, List<EventEnvelope> events) {
        stage(model, events);
        return flush();
    }

    /** Prepares what is staged, writes it on this thread and takes it as written. */
    public Result flush() {
        Prepared prepared = prepare();
        try {
            prepared.execute();
        } catch (RuntimeException e) {
            forget();
            throw e;
        }
        written(prepared);
        return prepared.result();
    }

    /** Merges the events into their session documents in memory; nothing is written until the staged events are prepared. */
    public void stage(ReadModel model, List<EventEnvelope> events) {
        if (stagedFor != null && !sameGeneration(stagedFor, model)) {
            throw new IllegalStateException(
                    "Events staged for generation " + stagedFor.generation() + " are not flushed yet");
        }
        if (cachedFor == null || !sameGeneration(cachedFor, model)) {
            if (beingWritten != null) {
                throw new IllegalStateException(
                        "A flush into generation " + cachedFor.generation() + " is still being written");
            }
            forget();
            cachedFor = model;
        }
        stagedFor = model;
        try {
            stageEvents(model, events);
        } catch (RuntimeException e) {
            clearStaged();
            throw e;
        }
    }

    /** Events staged since the last prepare. */
    public int staged() {
        return stagedEvents;
    }

    /**
     * What the staged events change, ready to be written; from now on the new documents are served
     * from memory until {@link #written}. One prepared flush at a time.
     */
    public Prepared prepare() {
        if (beingWritten != null) {
            throw new IllegalStateException("The previous flush is not written yet");
        }
        Prepared prepared = stagedFor == null
                ? new Prepared(null, new Result(0, 0), List.of(), List.of(), List.of(), List.of())
                : changes(stagedFor);
        prepared.sessions.forEach(
                stored -> sessionsBeingWritten.put(stored.document().id(), stored));
        prepared.clients.forEach(rollup -> clientsBeingWritten.put(rollup.id(), rollup));
        beingWritten = prepared;
        clearStaged();
        return prepared;
    }

    /** The prepared flush is stored: its documents move to the cache. */
    public void written(Prepared prepared) {
        if (prepared != beingWritten) {
            throw new IllegalStateException("Not the flush being written");
        }
        sessionsBeingWritten.forEach(sessions::put);
        clientsBeingWritten.forEach(clients::put);
        sessionsBeingWritten.clear();
        clientsBeingWritten.clear();
        beingWritten = null;
    }

    private void stageEvents(ReadModel model, List<EventEnvelope> events) {
        Map<String, List<EventEnvelope>> byDocument = new LinkedHashMap<>();
        for (EventEnvelope envelope : events) {
            byDocument
                    .computeIfAbsent(documentKey(envelope), key -> new ArrayList<>())
                    .add(envelope);
        }
        List<String> unknown = byDocument.keySet().stream()
                .filter(key -> !staged.containsKey(key) && held(key) == null)
                .toList();
        Map<String, SessionDocument> read = read(model.sessions(), unknown, SessionDocument::id);
        byDocument.forEach((key, envelopes) -> {
            Staged document = staged.computeIfAbsent(key, id -> {
                Stored before = held(id);
                if (before == null && read.containsKey(id)) {
                    before = new Stored(read.get(id), contribution(read.get(id)));
                }
                return new Staged(id, before, envelopes.getFirst());
            });
            for (EventEnvelope envelope : envelopes) {
                SessionFacts next = FactsMerger.merge(document.facts, envelope);
                if (next == document.facts) {
                    duplicates++;
                } else {
                    applied++;
                }
                document.facts = next;
            }
        });
        stagedEvents += events.size();
    }

    /** The session document as this writer last saw it, if it still holds it. */
    private Stored held(String id) {
        Stored stored = sessionsBeingWritten.get(id);
        return stored != null ? stored : sessions.get(id);
    }

    private Prepared changes(ReadModel model) {
        List<Stored> changed = new ArrayList<>();
        Map<String, List<Move>> moves = new LinkedHashMap<>();
        ListingChanges listings = new ListingChanges();
        for (Staged document : staged.values()) {
            if (!document.changed()) {
                if (document.before != null) {
                    sessions.put(document.id, document.before);
                }
                continue;
            }
            SessionDocument after = document.after();
            Contribution was = document.before == null ? null : document.before.contribution();
            Contribution is = contribution(after);
            changed.add(new Stored(after, is));
            moves.computeIfAbsent(Keys.client(is.orgId(), is.clientId()), key -> new ArrayList<>())
                    .add(new Move(was, is));
            listings.move(was, is);
        }
        Map<String, ClientRollup> rollups = cachedOrRead(model.clients(), clients, moves.keySet(), ClientRollup::id);
        List<ClientRollup> moved = new ArrayList<>();
        Map<CoachRef, Set<String>> newClients = new LinkedHashMap<>();
        moves.forEach((key, contributions) -> {
            ClientRollup before = rollups.get(key);
            Contribution first = contributions.getFirst().after();
            ClientSums sums =
                    before == null ? ClientSums.empty(key, first.orgId(), first.clientId()) : ClientSums.of(before);
            for (Move move : contributions) {
                if (move.before() != null) {
                    sums.add(move.before(), -1);
                }
                sums.add(move.after(), 1);
            }
            ClientRollup after = sums.toRollup();
            moved.add(after);
            Set<String> newCoaches = new TreeSet<>(after.byCoach().keySet());
            if (before != null && before.byCoach() != null) {
                newCoaches.removeAll(before.byCoach().keySet());
            }
            newCoaches.forEach(coach -> newClients
                    .computeIfAbsent(new CoachRef(after.orgId(), FieldNames.decode(coach)), ref -> new TreeSet<>())
                    .add(after.clientId()));
        });
        List<WriteModel<CoachRollup>> coachClients = new ArrayList<>();
        newClients.forEach((coach, added) -> coachClients.add(coachClients(coach, added)));
        return new Prepared(model, new Result(applied, duplicates), changed, moved, coachClients, listings.writes());
    }

    private void clearStaged() {
        staged.clear();
        stagedFor = null;
        stagedEvents = 0;
        applied = 0;
        duplicates = 0;
    }

    static Contribution contribution(SessionDocument document) {
        return Contribution.of(document, SessionFold.fold(document.facts()));
    }

    /** One update per coach, however many clients it adds: a coach's first flush adds most of its clients. */
    static UpdateOneModel<CoachRollup> coachClients(CoachRef coach, Collection<String> clientIds) {
        return new UpdateOneModel<>(
                eq("_id", Keys.coach(coach.orgId(), coach.coachId())),
                Updates.combine(
                        Updates.addEachToSet(CoachRollup.CLIENTS, List.copyOf(clientIds)),
                        Updates.setOnInsert("orgId", coach.orgId()),
                        Updates.setOnInsert("coachId", coach.coachId())),
                new UpdateOptions().upsert(true));
    }

    /** The document an event folds into: its session's, or its prep form's own if the form names no session. */
    public static String documentKey(EventEnvelope envelope) {
        String orgId = envelope.event().orgId();
        return switch (envelope.event()) {
            case SessionEvent event -> Keys.session(orgId, event.sessionId());
            case PrepFormEvent event ->
                event.sessionId() != null
                        ? Keys.session(orgId, event.sessionId())
                        : Keys.sessionlessPrepForm(orgId, event.prepFormId());
        };
    }

    private static boolean sameGeneration(ReadModel one, ReadModel other) {
        return one.sessions().getNamespace().equals(other.sessions().getNamespace());
    }

    private static <T> Map<String, T> cachedOrRead(
            MongoCollection<T> collection, DocumentCache<T> cache, Collection<String> ids, Function<T, String> id) {
        Map<String, T> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : ids) {
            T cached = cache.get(key);
            if (cached != null) {
                found.put(key, cached);
            } else {
                missing.add(key);
            }
        }
        found.putAll(read(collection, missing, id));
        return found;
    }

    private static <T> Map<String, T> read(MongoCollection<T> collection, List<String> ids, Function<T, String> id) {
        Map<String, T> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += READ_CHUNK) {
            collection
                    .find(in("_id", ids.subList(from, Math.min(ids.size(), from + READ_CHUNK))))
                    .forEach(document -> found.put(id.apply(document), document));
        }
        return found;
    }

    private static String sessionId(EventEnvelope envelope) {
        return switch (envelope.event()) {
            case SessionEvent event -> event.sessionId();
            case PrepFormEvent event -> event.sessionId();
        };
    }

    static <T> ReplaceOneModel<T> replace(String id, T document) {
        return new ReplaceOneModel<>(eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    private static <T> void bulk(MongoCollection<T> collection, List<WriteModel<T>> writes) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }
}
