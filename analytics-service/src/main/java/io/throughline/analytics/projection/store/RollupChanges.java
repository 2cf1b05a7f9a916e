package io.throughline.analytics.projection.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.conversions.Bson;

/**
 * The net change a batch makes to rollups and listings, one update per document however many of
 * its sessions the batch touched. Only whole-number increments and field sets, so each update is
 * a single atomic operation by id.
 */
final class RollupChanges {

    private record Target(String orgId, String idField, String id, Map<String, Long> increments) {
    }

    private final Map<String, Target> clients = new LinkedHashMap<>();
    private final Map<String, Target> coaches = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> listings = new LinkedHashMap<>();

    /** Moves the rollups from {@code before} (null for a new document) to {@code after}. */
    void replace(Contribution before, Contribution after) {
        if (before != null) {
            add(before, -1);
        }
        add(after, 1);
        Contribution.Listing was = before == null ? null : before.listing();
        Contribution.Listing is = after.listing();
        if (Objects.equals(was, is)) {
            return;
        }
        if (was != null && (is == null || !was.month().equals(is.month()))) {
            listing(after.orgId(), after.clientId(), was.month()).put(FieldNames.encode(was.sessionId()), null);
        }
        if (is != null) {
            listing(after.orgId(), after.clientId(), is.month()).put(FieldNames.encode(is.sessionId()), is.sortKey());
        }
    }

    void write(ReadModel model) {
        bulk(model.clients(), updates(clients));
        bulk(model.coaches(), updates(coaches));
        List<WriteModel<ListingBucket>> buckets = new ArrayList<>();
        listings.forEach((id, entries) -> {
            List<Bson> changes = new ArrayList<>();
            entries.forEach((session, sortKey) -> changes.add(sortKey == null
                    ? Updates.unset(ListingBucket.SESSIONS + "." + session)
                    : Updates.set(ListingBucket.SESSIONS + "." + session, sortKey)));
            buckets.add(new UpdateOneModel<>(eq("_id", id), Updates.combine(changes), new UpdateOptions().upsert(true)));
        });
        bulk(model.listings(), buckets);
    }

    private void add(Contribution contribution, int sign) {
        Map<String, Long> client = target(clients, Keys.client(contribution.orgId(), contribution.clientId()),
                contribution.orgId(), "clientId", contribution.clientId());
        contribution.counters().forEach((counter, value) -> increment(client, ClientRollup.COUNTERS + "." + counter.name(), sign * value));
        contribution.topics().forEach((topic, count) -> increment(client, ClientRollup.TOPICS + "." + FieldNames.encode(topic), sign * count));
        if (contribution.listing() != null) {
            increment(client, ClientRollup.MONTHS + "." + contribution.listing().month(), sign);
        }
        if (contribution.coachId() != null) {
            Map<String, Long> coach = target(coaches, Keys.coach(contribution.orgId(), contribution.coachId()),
                    contribution.orgId(), "coachId", contribution.coachId());
            String prefix = CoachRollup.BY_CLIENT + "." + FieldNames.encode(contribution.clientId()) + ".";
            contribution.counters().forEach((counter, value) -> {
                if (counter.perCoach()) {
                    increment(coach, prefix + counter.name(), sign * value);
                }
            });
        }
    }

    private static Map<String, Long> target(Map<String, Target> targets, String key, String orgId, String idField, String id) {
        return targets.computeIfAbsent(key, k -> new Target(orgId, idField, id, new LinkedHashMap<>())).increments();
    }

    private Map<String, Object> listing(String orgId, String clientId, String month) {
        return listings.computeIfAbsent(Keys.listingBucket(orgId, clientId, month), k -> new HashMap<>());
    }

    private static void increment(Map<String, Long> increments, String path, long value) {
        increments.merge(path, value, Long::sum);
    }

    private static <T> List<WriteModel<T>> updates(Map<String, Target> targets) {
        List<WriteModel<T>> updates = new ArrayList<>();
        targets.forEach((key, target) -> {
            List<Bson> changes = new ArrayList<>();
            target.increments().forEach((path, value) -> {
                if (value != 0) {
                    changes.add(Updates.inc(path, value));
                }
            });
            if (!changes.isEmpty()) {
                changes.add(Updates.setOnInsert("orgId", target.orgId()));
                changes.add(Updates.setOnInsert(target.idField(), target.id()));
                updates.add(new UpdateOneModel<>(eq("_id", key), Updates.combine(changes), new UpdateOptions().upsert(true)));
            }
        });
        return updates;
    }

    private static <T> void bulk(MongoCollection<T> collection, List<WriteModel<T>> writes) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }
}
