package io.throughline.analytics.projection.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.MongoNamespace;
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
 * Applies a batch of events to a generation of the read models in a fixed number of round trips:
 * read the touched session documents and client rollups (unless cached), write back the sessions,
 * then each touched rollup once, moved by the difference between its sessions' old and new
 * contributions. An event whose aggregate's sequence was already applied changes nothing.
 * <p>
 * One writer per client at a time, which Kafka's partitioning by client gives: rollups are read,
 * changed and written whole, and recently written documents are served from a cache. Not thread-safe.
 */
public final class ProjectionWriter {

    public record Result(int applied, int duplicates) {
    }

    private record Move(Contribution before, Contribution after) {
    }

    private final DocumentCache<SessionDocument> sessions;
    private final DocumentCache<ClientRollup> clients;
    private MongoNamespace cachedFor;

    /** @param cacheSize session documents and client rollups each kept in memory after writing them */
    public ProjectionWriter(int cacheSize) {
        this.sessions = new DocumentCache<>(cacheSize);
        this.clients = new DocumentCache<>(cacheSize);
    }

    /** Forgets every cached document: call when another writer may have written (partitions moved, a failure). */
    public void forget() {
        sessions.clear();
        clients.clear();
    }

    public Result apply(ReadModel model, List<EventEnvelope> events) {
        if (!model.sessions().getNamespace().equals(cachedFor)) {
            forget();
            cachedFor = model.sessions().getNamespace();
        }
        try {
            return write(model, events);
        } catch (RuntimeException e) {
            forget();
            throw e;
        }
    }

    private Result write(ReadModel model, List<EventEnvelope> events) {
        Map<String, List<EventEnvelope>> byDocument = new LinkedHashMap<>();
        for (EventEnvelope envelope : events) {
            byDocument.computeIfAbsent(documentKey(envelope), key -> new ArrayList<>()).add(envelope);
        }
        Map<String, SessionDocument> stored = load(model.sessions(), sessions, byDocument.keySet(), SessionDocument::id);

        int applied = 0;
        int duplicates = 0;
        List<SessionDocument> changed = new ArrayList<>();
        Map<String, List<Move>> moves = new LinkedHashMap<>();
        ListingChanges listings = new ListingChanges();
        for (Map.Entry<String, List<EventEnvelope>> entry : byDocument.entrySet()) {
            SessionDocument before = stored.get(entry.getKey());
            SessionFacts facts = before == null ? SessionFacts.none() : before.facts();
            SessionFacts merged = facts;
            for (EventEnvelope envelope : entry.getValue()) {
                SessionFacts next = FactsMerger.merge(merged, envelope);
                if (next == merged) {
                    duplicates++;
                } else {
                    applied++;
                }
                merged = next;
            }
            if (merged == facts) {
                continue;
            }
            SessionDocument after = before != null
                    ? new SessionDocument(before.id(), before.orgId(), before.clientId(), before.sessionId(), merged)
                    : newDocument(entry.getKey(), entry.getValue().getFirst(), merged);
            changed.add(after);
            Contribution was = before == null ? null : contribution(before);
            Contribution is = contribution(after);
            moves.computeIfAbsent(Keys.client(is.orgId(), is.clientId()), key -> new ArrayList<>()).add(new Move(was, is));
            listings.move(was, is);
        }
        if (changed.isEmpty()) {
            return new Result(applied, duplicates);
        }
        Map<String, ClientRollup> rollups = load(model.clients(), clients, moves.keySet(), ClientRollup::id);
        List<ClientRollup> moved = new ArrayList<>();
        List<WriteModel<CoachRollup>> coachClients = new ArrayList<>();
        moves.forEach((key, contributions) -> {
            ClientRollup before = rollups.get(key);
            Contribution first = contributions.getFirst().after();
            ClientSums sums = before == null ? ClientSums.empty(key, first.orgId(), first.clientId()) : ClientSums.of(before);
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
            newCoaches.forEach(coach -> coachClients.add(coachClient(after.orgId(), FieldNames.decode(coach), after.clientId())));
        });

        bulk(model.sessions(), changed.stream().<WriteModel<SessionDocument>>map(document -> replace(document.id(), document)).toList());
        bulk(model.clients(), moved.stream().<WriteModel<ClientRollup>>map(rollup -> replace(rollup.id(), rollup)).toList());
        bulk(model.coaches(), coachClients);
        bulk(model.listings(), listings.writes());
        changed.forEach(document -> sessions.put(document.id(), document));
        moved.forEach(rollup -> clients.put(rollup.id(), rollup));
        return new Result(applied, duplicates);
    }

    static Contribution contribution(SessionDocument document) {
        return Contribution.of(document, SessionFold.fold(document.facts()));
    }

    static UpdateOneModel<CoachRollup> coachClient(String orgId, String coachId, String clientId) {
        return new UpdateOneModel<>(eq("_id", Keys.coach(orgId, coachId)),
                Updates.combine(Updates.addToSet(CoachRollup.CLIENTS, clientId),
                        Updates.setOnInsert("orgId", orgId), Updates.setOnInsert("coachId", coachId)),
                new UpdateOptions().upsert(true));
    }

    /** The document an event folds into: its session's, or its prep form's own if the form names no session. */
    public static String documentKey(EventEnvelope envelope) {
        String orgId = envelope.event().orgId();
        return switch (envelope.event()) {
            case SessionEvent event -> Keys.session(orgId, event.sessionId());
            case PrepFormEvent event -> event.sessionId() != null
                    ? Keys.session(orgId, event.sessionId())
                    : Keys.sessionlessPrepForm(orgId, event.prepFormId());
        };
    }

    private static <T> Map<String, T> load(MongoCollection<T> collection, DocumentCache<T> cache, Collection<String> ids,
                                           Function<T, String> id) {
        Map<String, T> loaded = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : ids) {
            T cached = cache.get(key);
            if (cached != null) {
                loaded.put(key, cached);
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            collection.find(in("_id", missing)).forEach(document -> loaded.put(id.apply(document), document));
        }
        return loaded;
    }

    private static SessionDocument newDocument(String key, EventEnvelope first, SessionFacts facts) {
        return new SessionDocument(key, first.event().orgId(), first.event().clientId(), sessionId(first), facts);
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
