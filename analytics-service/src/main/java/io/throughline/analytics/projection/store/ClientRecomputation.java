package io.throughline.analytics.projection.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.BulkWriteOptions;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.conversions.Bson;

/**
 * Sums clients' rollups and listings afresh from their session documents. Used after a batch may
 * have been cut short between its writes (a crash): the session documents are then ahead of the
 * rollups, and what was lost cannot be told from the batch. Reads all the clients' sessions, so
 * only for that; the writer's cache must be forgotten afterwards.
 */
public final class ClientRecomputation {

    public record ClientRef(String orgId, String clientId) {}

    public void recompute(ReadModel model, Collection<ClientRef> clients) {
        if (clients.isEmpty()) {
            return;
        }
        Map<ClientRef, ClientSums> sums = new HashMap<>();
        Map<ClientRef, Map<String, Map<String, Long>>> listings = new HashMap<>();
        clients.forEach(client -> {
            sums.put(
                    client,
                    ClientSums.empty(
                            Keys.client(client.orgId(), client.clientId()), client.orgId(), client.clientId()));
            listings.put(client, new TreeMap<>());
        });
        // two lists rather than one clause per client: the (orgId, clientId) index serves it, and the exact pairs are
        // picked here
        Bson candidates = and(
                in("orgId", clients.stream().map(ClientRef::orgId).distinct().toList()),
                in(
                        "clientId",
                        clients.stream().map(ClientRef::clientId).distinct().toList()));
        for (SessionDocument document : model.sessions().find(candidates)) {
            ClientRef client = new ClientRef(document.orgId(), document.clientId());
            if (!sums.containsKey(client)) {
                continue;
            }
            Contribution contribution = ProjectionWriter.contribution(document);
            sums.get(client).add(contribution, 1);
            if (contribution.listing() != null) {
                listings.get(client)
                        .computeIfAbsent(contribution.listing().month(), month -> new TreeMap<>())
                        .put(
                                FieldNames.encode(contribution.listing().sessionId()),
                                contribution.listing().sortKey());
            }
        }
        Map<String, ClientRollup> before = new HashMap<>();
        model.clients()
                .find(in(
                        "_id",
                        clients.stream()
                                .map(client -> Keys.client(client.orgId(), client.clientId()))
                                .toList()))
                .forEach(rollup -> before.put(rollup.id(), rollup));

        List<WriteModel<ClientRollup>> rollups = new ArrayList<>();
        Map<ProjectionWriter.CoachRef, List<String>> coachClients = new LinkedHashMap<>();
        List<WriteModel<ListingBucket>> buckets = new ArrayList<>();
        sums.forEach((client, sum) -> {
            ClientRollup rollup = sum.toRollup();
            rollups.add(ProjectionWriter.replace(rollup.id(), rollup));
            rollup.byCoach()
                    .keySet()
                    .forEach(coach -> coachClients
                            .computeIfAbsent(
                                    new ProjectionWriter.CoachRef(client.orgId(), FieldNames.decode(coach)),
                                    ref -> new ArrayList<>())
                            .add(client.clientId()));
            TreeSet<String> months = new TreeSet<>(rollup.m().keySet());
            ClientRollup previous = before.get(rollup.id());
            if (previous != null && previous.m() != null) {
                months.addAll(previous.m().keySet());
            }
            for (String month : months) {
                String bucket = Keys.listingBucket(client.orgId(), client.clientId(), month);
                buckets.add(ProjectionWriter.replace(
                        bucket, new ListingBucket(bucket, listings.get(client).getOrDefault(month, Map.of()))));
            }
        });
        List<WriteModel<CoachRollup>> coaches = new ArrayList<>();
        coachClients.forEach((coach, added) -> coaches.add(ProjectionWriter.coachClients(coach, added)));
        model.clients().bulkWrite(rollups, new BulkWriteOptions().ordered(false));
        if (!coaches.isEmpty()) {
            model.coaches().bulkWrite(coaches, new BulkWriteOptions().ordered(false));
        }
        if (!buckets.isEmpty()) {
            model.listings().bulkWrite(buckets, new BulkWriteOptions().ordered(false));
        }
    }
}
