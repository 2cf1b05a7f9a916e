package io.throughline.analytics.projection.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.throughline.analytics.projection.model.Contribution;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.model.SessionDocument;
import io.throughline.analytics.session.fold.FactsMerger;
import io.throughline.analytics.session.fold.SessionFacts;
import io.throughline.analytics.session.fold.SessionFold;
import io.throughline.events.EventEnvelope;
import io.throughline.events.PrepFormEvent;
import io.throughline.events.SessionEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a batch of events to a generation of the read models with a fixed number of round trips:
 * read the touched session documents, write them back, then move each touched rollup once by the
 * difference between the sessions' old and new contributions. An event already applied (by its
 * aggregate's sequence) changes nothing. Not thread-safe per client: each client's events must come
 * from one writer at a time, which Kafka's partitioning by client gives.
 */
public final class ProjectionWriter {

    public record Result(int applied, int duplicates) {
    }

    public Result apply(ReadModel model, List<EventEnvelope> events) {
        Map<String, List<EventEnvelope>> byDocument = new LinkedHashMap<>();
        for (EventEnvelope envelope : events) {
            byDocument.computeIfAbsent(documentKey(envelope), key -> new ArrayList<>()).add(envelope);
        }
        Map<String, SessionDocument> stored = new HashMap<>();
        model.sessions().find(in("_id", byDocument.keySet())).forEach(document -> stored.put(document.id(), document));

        int applied = 0;
        int duplicates = 0;
        List<WriteModel<SessionDocument>> writes = new ArrayList<>();
        RollupChanges changes = new RollupChanges();
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
            writes.add(new ReplaceOneModel<>(eq("_id", after.id()), after, new ReplaceOptions().upsert(true)));
            changes.replace(before == null ? null : contribution(before), contribution(after));
        }
        if (!writes.isEmpty()) {
            model.sessions().bulkWrite(writes, new BulkWriteOptions().ordered(false));
            changes.write(model);
        }
        return new Result(applied, duplicates);
    }

    static Contribution contribution(SessionDocument document) {
        return Contribution.of(document, SessionFold.fold(document.facts()));
    }

    private static SessionDocument newDocument(String key, EventEnvelope first, SessionFacts facts) {
        return new SessionDocument(key, first.event().orgId(), first.event().clientId(), sessionId(first), facts);
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

    private static String sessionId(EventEnvelope envelope) {
        return switch (envelope.event()) {
            case SessionEvent event -> event.sessionId();
            case PrepFormEvent event -> event.sessionId();
        };
    }
}
