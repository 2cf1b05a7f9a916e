package io.throughline.analytics.projection.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.throughline.analytics.projection.model.Contribution;
import io.throughline.analytics.projection.model.FieldNames;
import io.throughline.analytics.projection.model.Keys;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.conversions.Bson;

/**
 * A client's sessions listed by month in {@code session_lists}: {@code {_id: "org/client/2026-11",
 * orgId, clientId, month, sessions: {<sessionId>: <sort time>}}} (a '.' or '$' in a session id is
 * percent-escaped). A page of the client's list reads the one or two months that hold it, by id,
 * whatever the client's history. Changes are {@code $set}/{@code $unset}, so writing them twice is
 * harmless; one update per month however many sessions moved in it.
 */
final class SessionLists {

    static final String SESSIONS = "sessions";

    private final Map<String, Map<String, Date>> buckets = new LinkedHashMap<>();
    private final Map<String, Contribution> owners = new HashMap<>();

    void move(Contribution before, Contribution after) {
        Contribution.Listing was = before == null ? null : before.listing();
        Contribution.Listing is = after.listing();
        if (Objects.equals(was, is)) {
            return;
        }
        if (was != null && (is == null || !was.month().equals(is.month()))) {
            bucket(after, was.month()).put(FieldNames.encode(was.sessionId()), null);
        }
        if (is != null) {
            bucket(after, is.month()).put(FieldNames.encode(is.sessionId()), new Date(is.sortKey()));
        }
    }

    List<WriteModel<org.bson.Document>> writes() {
        List<WriteModel<org.bson.Document>> writes = new ArrayList<>();
        buckets.forEach((id, entries) -> {
            Contribution owner = owners.get(id);
            List<Bson> changes = new ArrayList<>();
            changes.add(Updates.setOnInsert("orgId", owner.orgId()));
            changes.add(Updates.setOnInsert("clientId", owner.clientId()));
            changes.add(Updates.setOnInsert("month", id.substring(id.lastIndexOf('/') + 1)));
            entries.forEach((session, sortKey) -> changes.add(
                    sortKey == null
                            ? Updates.unset(SESSIONS + "." + session)
                            : Updates.set(SESSIONS + "." + session, sortKey)));
            writes.add(new UpdateOneModel<>(eq("_id", id), Updates.combine(changes), new UpdateOptions().upsert(true)));
        });
        return writes;
    }

    private Map<String, Date> bucket(Contribution contribution, String month) {
        String id = Keys.listingBucket(contribution.orgId(), contribution.clientId(), month);
        owners.putIfAbsent(id, contribution);
        return buckets.computeIfAbsent(id, key -> new HashMap<>());
    }
}
