package io.throughline.analytics.projection.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.throughline.analytics.projection.model.Contribution;
import io.throughline.analytics.projection.model.FieldNames;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.model.ListingBucket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.conversions.Bson;

/** Where sessions move in their clients' monthly listings: one update per bucket however many sessions changed in it. */
final class ListingChanges {

    private final Map<String, Map<String, Long>> buckets = new LinkedHashMap<>();

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
            bucket(after, is.month()).put(FieldNames.encode(is.sessionId()), is.sortKey());
        }
    }

    List<WriteModel<ListingBucket>> writes() {
        List<WriteModel<ListingBucket>> writes = new ArrayList<>();
        buckets.forEach((id, entries) -> {
            List<Bson> changes = new ArrayList<>();
            entries.forEach((session, sortKey) -> changes.add(
                    sortKey == null
                            ? Updates.unset(ListingBucket.SESSIONS + "." + session)
                            : Updates.set(ListingBucket.SESSIONS + "." + session, sortKey)));
            writes.add(new UpdateOneModel<>(eq("_id", id), Updates.combine(changes), new UpdateOptions().upsert(true)));
        });
        return writes;
    }

    private Map<String, Long> bucket(Contribution contribution, String month) {
        return buckets.computeIfAbsent(
                Keys.listingBucket(contribution.orgId(), contribution.clientId(), month), id -> new HashMap<>());
    }
}
