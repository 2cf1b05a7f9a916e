package io.throughline.analytics.projection.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.conversions.Bson;

/**
 * Sums clients' rollups, their share of their coaches' rollups and their listings afresh from their
 * session documents. Used after a batch may have been cut short between its writes (a crash): the
 * session documents are then ahead of the rollups, and the increments that were lost cannot be
 * recomputed from the batch. Costs as many reads as the clients have sessions, so only for that.
 */
public final class ClientRecomputation {

    public record ClientRef(String orgId, String clientId) {
    }

    private record Sums(Map<String, Long> counters, Map<String, Long> topics, Map<String, Long> months,
                        Map<String, Map<String, Long>> byCoach, Map<String, Map<String, Long>> listings) {
        Sums() {
            this(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }

        void add(Contribution contribution) {
            contribution.counters().forEach((counter, value) -> counters.merge(counter.name(), value, Long::sum));
            contribution.topics().forEach((topic, count) -> topics.merge(FieldNames.encode(topic), count, Long::sum));
            if (contribution.listing() != null) {
                months.merge(contribution.listing().month(), 1L, Long::sum);
                listings.computeIfAbsent(contribution.listing().month(), month -> new TreeMap<>())
                        .put(FieldNames.encode(contribution.listing().sessionId()), contribution.listing().sortKey());
            }
            if (contribution.coachId() != null) {
                Map<String, Long> coach = byCoach.computeIfAbsent(contribution.coachId(), coachId -> new TreeMap<>());
                contribution.counters().forEach((counter, value) -> {
                    if (counter.perCoach()) {
                        coach.merge(counter.name(), value, Long::sum);
                    }
                });
            }
        }
    }

    public void recompute(ReadModel model, Collection<ClientRef> clients) {
        if (clients.isEmpty()) {
            return;
        }
        Map<ClientRef, Sums> sums = new HashMap<>();
        clients.forEach(client -> sums.put(client, new Sums()));
        List<Bson> byClient = clients.stream().map(client -> and(eq("orgId", client.orgId()), eq("clientId", client.clientId()))).toList();
        for (SessionDocument document : model.sessions().find(or(byClient))) {
            sums.get(new ClientRef(document.orgId(), document.clientId())).add(ProjectionWriter.contribution(document));
        }
        Map<String, ClientRollup> before = new HashMap<>();
        model.clients().find(in("_id", clients.stream().map(client -> Keys.client(client.orgId(), client.clientId())).toList()))
                .forEach(rollup -> before.put(rollup.id(), rollup));

        List<WriteModel<ClientRollup>> rollups = new ArrayList<>();
        List<WriteModel<CoachRollup>> coaches = new ArrayList<>();
        List<WriteModel<ListingBucket>> listings = new ArrayList<>();
        sums.forEach((client, sum) -> {
            String key = Keys.client(client.orgId(), client.clientId());
            rollups.add(new ReplaceOneModel<>(eq("_id", key),
                    new ClientRollup(key, client.orgId(), client.clientId(), sum.counters(), sum.topics(), sum.months()),
                    new ReplaceOptions().upsert(true)));
            sum.byCoach().forEach((coachId, counters) -> coaches.add(new UpdateOneModel<>(eq("_id", Keys.coach(client.orgId(), coachId)),
                    Updates.combine(Updates.set(CoachRollup.BY_CLIENT + "." + FieldNames.encode(client.clientId()), counters),
                            Updates.setOnInsert("orgId", client.orgId()), Updates.setOnInsert("coachId", coachId)),
                    new UpdateOptions().upsert(true))));
            TreeSet<String> months = new TreeSet<>(sum.months().keySet());
            ClientRollup previous = before.get(key);
            if (previous != null && previous.m() != null) {
                months.addAll(previous.m().keySet());
            }
            for (String month : months) {
                String bucket = Keys.listingBucket(client.orgId(), client.clientId(), month);
                listings.add(new ReplaceOneModel<>(eq("_id", bucket),
                        new ListingBucket(bucket, sum.listings().getOrDefault(month, Map.of())), new ReplaceOptions().upsert(true)));
            }
        });
        model.clients().bulkWrite(rollups, new BulkWriteOptions().ordered(false));
        if (!coaches.isEmpty()) {
            model.coaches().bulkWrite(coaches, new BulkWriteOptions().ordered(false));
        }
        if (!listings.isEmpty()) {
            model.listings().bulkWrite(listings, new BulkWriteOptions().ordered(false));
        }
    }
}
