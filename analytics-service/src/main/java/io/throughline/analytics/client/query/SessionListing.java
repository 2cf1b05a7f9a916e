package io.throughline.analytics.client.query;

import static com.mongodb.client.model.Filters.in;

import io.throughline.analytics.projection.model.FieldNames;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.model.SessionDocument;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.SessionBson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bson.Document;

/**
 * One page of a client's sessions, newest first. The client's per-month counts say which monthly
 * listing buckets hold the page, so the page costs two reads by id whatever the client's history.
 */
final class SessionListing {

    private record Entry(String sessionId, long sortKey) {}

    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingLong(Entry::sortKey)
            .reversed()
            .thenComparing(Entry::sessionId, Comparator.reverseOrder());

    private SessionListing() {}

    static List<SessionDocument> page(
            ReadModel model, String orgId, String clientId, Map<String, Long> months, int page, int size) {
        long first = (long) page * size;
        long last = first + size;
        long before = 0;
        long seen = 0;
        List<String> buckets = new ArrayList<>();
        for (Map.Entry<String, Long> month : new TreeMap<>(months == null ? Map.<String, Long>of() : months)
                .descendingMap()
                .entrySet()) {
            long count = month.getValue();
            if (count <= 0) {
                continue;
            }
            if (seen + count > first && seen < last) {
                if (buckets.isEmpty()) {
                    before = seen;
                }
                buckets.add(Keys.listingBucket(orgId, clientId, month.getKey()));
            }
            seen += count;
        }
        if (buckets.isEmpty()) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Document bucket : model.lists().find(in("_id", buckets))) {
            Document sessions = bucket.get("sessions", Document.class);
            if (sessions != null) {
                sessions.forEach((session, sortKey) ->
                        entries.add(new Entry(FieldNames.decode(session), ((Date) sortKey).getTime())));
            }
        }
        entries.sort(NEWEST_FIRST);
        int from = (int) Math.min(entries.size(), first - before);
        int to = (int) Math.min(entries.size(), last - before);
        List<String> ids = entries.subList(from, to).stream()
                .map(entry -> Keys.session(orgId, entry.sessionId()))
                .toList();
        Map<String, SessionDocument> documents = new HashMap<>();
        model.sessions()
                .find(in("_id", ids))
                .forEach(document -> documents.put(document.getString("_id"), SessionBson.read(document)));
        return ids.stream().map(documents::get).filter(Objects::nonNull).toList();
    }
}
