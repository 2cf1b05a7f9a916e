package io.throughline.analytics.projection.consumer;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.throughline.analytics.projection.store.ClientRecomputation.ClientRef;
import io.throughline.analytics.projection.store.ReadModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;

/**
 * Which clients the flush in progress touches, per partition, written before its first write. A
 * flush cut short between its writes leaves session documents ahead of the rollups; whoever is
 * assigned the partition next finds its journal ahead of the committed offset and re-sums exactly
 * those clients before consuming on.
 */
final class Journal {

    private Journal() {}

    /** @param next per partition, the offset the flush will commit */
    static void write(ReadModel model, Map<TopicPartition, Long> next, Map<TopicPartition, Set<ClientRef>> clients) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        next.forEach((partition, offset) -> writes.add(new ReplaceOneModel<>(
                eq("_id", partition.toString()),
                new Document("next", offset)
                        .append(
                                "clients",
                                clients.getOrDefault(partition, Set.of()).stream()
                                        .map(client -> new Document("orgId", client.orgId())
                                                .append("clientId", client.clientId()))
                                        .toList()),
                new ReplaceOptions().upsert(true))));
        if (!writes.isEmpty()) {
            model.journal().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** The clients of batches cut short in these partitions: journalled past the committed offset. */
    static Set<ClientRef> unfinished(ReadModel model, Map<TopicPartition, OffsetAndMetadata> committed) {
        Map<String, TopicPartition> byId = new LinkedHashMap<>();
        committed.keySet().forEach(partition -> byId.put(partition.toString(), partition));
        Set<ClientRef> clients = new LinkedHashSet<>();
        for (Document journal : model.journal().find(in("_id", byId.keySet()))) {
            OffsetAndMetadata offset = committed.get(byId.get(journal.getString("_id")));
            if (offset == null || offset.offset() < journal.getLong("next")) {
                journal.getList("clients", Document.class)
                        .forEach(client ->
                                clients.add(new ClientRef(client.getString("orgId"), client.getString("clientId"))));
            }
        }
        return clients;
    }
}
