package io.throughline.analytics.projection.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.WriteModel;
import io.throughline.analytics.projection.model.Contribution;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.model.SessionDocument;
import io.throughline.analytics.session.fold.FactsMerger;
import io.throughline.analytics.session.fold.SessionFacts;
import io.throughline.analytics.session.fold.SessionFigures;
import io.throughline.analytics.session.fold.SessionFold;
import io.throughline.events.EventEnvelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;

/**
 * Applies a batch of events to the read models: reads the session documents and client sums the
 * batch touches (by id), merges the events into the sessions' facts, moves each client's sums by
 * its sessions' new − old contributions, and writes everything as one unordered bulk write per
 * collection. An event whose aggregate's sequence was applied changes nothing.
 * <p>
 * Exact without transactions: clients are written first, as version v+1 with the batch's session
 * ids as {@code pending}; coaches and session lists next (idempotent {@code $addToSet}, {@code $set},
 * {@code $unset}); sessions last, each with {@code clientVersion} v+1. If a batch stops part-way its
 * offsets are not committed and it is consumed again; the first batch that then touches the client
 * finds a pending session whose {@code clientVersion} is not the client's version, sums the client
 * afresh from its session documents and claims those sessions at its own version.
 * <p>
 * Kafka gives one writer per client at a time, except for an instance that was paused past its
 * session timeout and resumes with a batch in hand. So every client and session write is
 * conditional on the version this writer read (or last wrote itself, which it remembers and does
 * not read again): a writer that lost the race gets a {@link WriteConflict} and writes nothing more
 * of the batch. Claiming the pending sessions stops the late session writes of a batch whose client
 * write the next writer has already seen. Not thread-safe. A session's {@code lastRecordedAt} is
 * the latest record time of its applied events: a maximum, the same in any order and batching.
 */
public final class ProjectionWriter {

    public record Result(int applied, int duplicates) {}

    /** A changed session, the {@code clientVersion} its stored document is expected to have, its latest record time. */
    private record Changed(
            SessionDocument after,
            SessionFigures figures,
            Contribution was,
            Contribution is,
            long expected,
            Instant lastRecordedAt) {}

    /** A session document as read or as this writer last wrote it, its contribution, {@code clientVersion}, record time. */
    private record Stored(
            SessionDocument document, Contribution contribution, long clientVersion, Instant lastRecordedAt) {}

    private final Map<String, Stored> sessions;
    /** The clients whose last write this writer completed itself, as written: these need no check. */
    private final Map<String, ClientSums> clients;

    private ReadModel cachedFor;
    private Runnable beforeSessionWrites = () -> {};

    /** @param cacheSize session documents and client sums each kept in memory after writing them */
    public ProjectionWriter(int cacheSize) {
        this.sessions = WriterCaches.lru(cacheSize);
        this.clients = WriterCaches.lru(cacheSize);
    }

    public ProjectionWriter() {
        this(50_000);
    }

    /** Forgets what this writer wrote: call when another writer may have written, or a write failed. */
    public synchronized void forget() {
        sessions.clear();
        clients.clear();
    }

    /** Events whose record times are not known: the sessions' {@code lastRecordedAt} stays as it is. */
    public Result apply(ReadModel model, List<EventEnvelope> events) {
        return applyRecorded(
                model,
                events.stream().map(event -> new RecordedEvent(event, null)).toList());
    }

    /** With each event's record time, for its session's {@code lastRecordedAt} (a duplicate's does not count). */
    public synchronized Result applyRecorded(ReadModel model, List<RecordedEvent> events) {
        if (cachedFor != model) {
            forget();
            cachedFor = model;
        }
        try {
            return applyEvents(model, events);
        } catch (RuntimeException e) {
            forget();
            throw e;
        }
    }

    private Result applyEvents(ReadModel model, List<RecordedEvent> events) {
        Map<String, List<RecordedEvent>> byDocument = new LinkedHashMap<>();
        for (RecordedEvent recorded : events) {
            byDocument
                    .computeIfAbsent(Keys.document(recorded.envelope()), key -> new ArrayList<>())
                    .add(recorded);
        }
        Map<String, Stored> stored = new HashMap<>();
        List<String> missing = WriterCaches.held(sessions, byDocument.keySet(), stored);
        Writes.read(model.sessions(), missing).forEach((key, document) -> {
            SessionDocument session = SessionBson.read(document);
            long version = SessionBson.clientVersion(document);
            stored.put(key, new Stored(session, contribution(session), version, SessionBson.lastRecordedAt(document)));
        });
        int applied = 0;
        int duplicates = 0;
        Map<String, List<Changed>> byClient = new LinkedHashMap<>();
        for (Map.Entry<String, List<RecordedEvent>> entry : byDocument.entrySet()) {
            Stored before = stored.get(entry.getKey());
            SessionFacts facts =
                    before == null ? SessionFacts.none() : before.document().facts();
            SessionFacts initial = facts;
            Instant recordedAt = before == null ? null : before.lastRecordedAt();
            for (RecordedEvent recorded : entry.getValue()) {
                SessionFacts next = FactsMerger.merge(facts, recorded.envelope());
                if (next == facts) {
                    duplicates++;
                } else {
                    applied++;
                    recordedAt = later(recordedAt, recorded.recordedAt());
                }
                facts = next;
            }
            if (facts != initial) {
                EventEnvelope first = entry.getValue().getFirst().envelope();
                SessionDocument after = new SessionDocument(
                        entry.getKey(), first.event().orgId(), first.event().clientId(), Keys.sessionId(first), facts);
                byClient.computeIfAbsent(Keys.client(after.orgId(), after.clientId()), key -> new ArrayList<>())
                        .add(changed(before, after, recordedAt));
            }
        }
        if (!byClient.isEmpty()) {
            write(model, byClient);
        }
        return new Result(applied, duplicates);
    }

    private void write(ReadModel model, Map<String, List<Changed>> byClient) {
        Map<String, ClientSums> known = new HashMap<>();
        List<String> missing = WriterCaches.held(clients, byClient.keySet(), known);
        Map<String, ClientSums> read = new HashMap<>();
        Writes.read(model.clients(), missing).forEach((key, document) -> read.put(key, ClientSums.read(document)));
        known.putAll(read);
        Map<String, Map<String, Long>> cutShort = cutShort(model, read);
        Map<String, ClientSums> written = new HashMap<>();
        List<WriteModel<Document>> clientWrites = new ArrayList<>();
        List<WriteModel<Document>> sessionWrites = new ArrayList<>();
        Map<String, Set<String>> newClientsByCoach = new LinkedHashMap<>();
        SessionLists lists = new SessionLists();
        byClient.forEach((key, changed) -> {
            SessionDocument first = changed.getFirst().after();
            ClientSums found = known.get(key);
            ClientSums before = found == null ? ClientSums.empty(key, first.orgId(), first.clientId()) : found;
            Map<String, Long> claimed = new HashMap<>(cutShort.getOrDefault(key, Map.of()));
            ClientSums after = cutShort.containsKey(key) ? resum(model, before, changed) : before.copy();
            if (!cutShort.containsKey(key)) {
                for (Changed session : changed) {
                    if (session.was() != null) {
                        after.add(session.was(), -1);
                    }
                    after.add(session.is(), 1);
                }
            }
            long version = before.version + 1;
            changed.forEach(session -> claimed.remove(session.after().id()));
            List<String> pending = new ArrayList<>();
            changed.forEach(session -> pending.add(session.after().id()));
            pending.addAll(claimed.keySet());
            Document document = after.write(version, pending);
            clientWrites.add(Writes.replaceIf(key, ClientSums.VERSION, before.version, document));
            written.put(key, ClientSums.read(document));
            after.byCoach().keySet().stream()
                    .filter(coach ->
                            cutShort.containsKey(key) || !before.byCoach().containsKey(coach))
                    .forEach(coach -> newClientsByCoach
                            .computeIfAbsent(Keys.coach(after.orgId, coach), id -> new TreeSet<>())
                            .add(after.clientId()));
            for (Changed session : changed) {
                lists.move(session.was(), session.is());
                sessionWrites.add(Writes.replaceIf(
                        session.after().id(),
                        SessionBson.CLIENT_VERSION,
                        session.expected(),
                        SessionBson.write(session.after(), session.figures(), version, session.lastRecordedAt())));
            }
            claimed.forEach((session, seen) ->
                    sessionWrites.add(Writes.claim(session, seen, version, after.orgId, after.clientId())));
        });
        List<WriteModel<Document>> coachWrites = new ArrayList<>();
        newClientsByCoach.forEach(
                (coachKey, clientIds) -> coachWrites.add(Writes.addClientsToCoach(coachKey, clientIds)));
        Writes.bulk(model.clients(), clientWrites);
        Writes.bulk(model.coaches(), coachWrites);
        Writes.bulk(model.lists(), lists.writes());
        beforeSessionWrites.run();
        Writes.bulk(model.sessions(), sessionWrites);
        clients.putAll(written);
        byClient.values()
                .forEach(changed -> changed.forEach(session -> sessions.put(
                        session.after().id(),
                        new Stored(
                                session.after(),
                                session.is(),
                                written.get(clientKey(session)).version,
                                session.lastRecordedAt()))));
    }

    private static String clientKey(Changed session) {
        return Keys.client(session.after().orgId(), session.after().clientId());
    }

    /** Test seam: runs between the clients', coaches' and lists' writes and the sessions'. */
    void beforeSessionWrites(Runnable pause) {
        this.beforeSessionWrites = pause;
    }

    /**
     * Clients read from MongoDB (not written last by this writer) whose last batch left a pending
     * session at another version, with those sessions and the {@code clientVersion} each was found at.
     */
    private Map<String, Map<String, Long>> cutShort(ReadModel model, Map<String, ClientSums> read) {
        Map<String, Long> expected = new HashMap<>();
        Map<String, String> clientOf = new HashMap<>();
        read.forEach((key, sums) -> sums.pending.forEach(session -> {
            expected.put(session, sums.version);
            clientOf.put(session, key);
        }));
        if (expected.isEmpty()) {
            return Map.of();
        }
        Map<String, Document> sessions = Writes.read(model.sessions(), expected.keySet());
        Map<String, Map<String, Long>> cutShort = new HashMap<>();
        expected.forEach((session, version) -> {
            Document found = sessions.get(session);
            long seen = found == null ? Writes.ABSENT : SessionBson.clientVersion(found);
            if (seen != version) {
                cutShort.computeIfAbsent(clientOf.get(session), key -> new HashMap<>())
                        .put(session, seen);
            }
        });
        return cutShort;
    }

    /** The client's sums afresh from all its session documents, the batch's changes in place of what is stored. */
    private static ClientSums resum(ReadModel model, ClientSums stored, List<Changed> changed) {
        ClientSums sums = ClientSums.empty(stored.id, stored.orgId, stored.clientId);
        Map<String, Changed> changedById = new HashMap<>();
        changed.forEach(session -> changedById.put(session.after().id(), session));
        for (Document document :
                model.sessions().find(and(eq("orgId", stored.orgId), eq("clientId", stored.clientId)))) {
            if (!changedById.containsKey(document.getString("_id"))) {
                sums.add(contribution(SessionBson.read(document)), 1);
            }
        }
        changed.forEach(session -> sums.add(session.is(), 1));
        return sums;
    }

    private static Changed changed(Stored before, SessionDocument after, Instant lastRecordedAt) {
        SessionFigures figures = SessionFold.fold(after.facts());
        return new Changed(
                after,
                figures,
                before == null ? null : before.contribution(),
                Contribution.of(after, figures),
                before == null ? Writes.ABSENT : before.clientVersion(),
                lastRecordedAt);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    static Contribution contribution(SessionDocument document) {
        return Contribution.of(document, SessionFold.fold(document.facts()));
    }
}
