package io.throughline.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;

/**
 * Whether every acknowledged command's event is in the event store and on its topic: per session, the
 * sequences 0 … n−1 for its n acknowledged commands, contiguous, in the store and on
 * {@code coaching.sessions.v1}; per prep form, the requested, submitted and missed events on
 * {@code coaching.prep-forms.v1} that what was acknowledged implies. Records seen twice on a topic
 * are counted, not failed (delivery is at least once).
 */
final class EventCheck {

    record Result(long events, long lost, long extra, long duplicates, List<String> findings) {}

    private final String mongoUri;
    private final String kafka;

    EventCheck(String mongoUri, String kafka) {
        this.mongoUri = mongoUri;
        this.kafka = kafka;
    }

    Result check(List<Acknowledged> sessions) {
        List<String> findings = new ArrayList<>();
        Map<String, List<Long>> stored = storedSequences("session-service");
        Map<String, List<Long>> storedForms = storedSequences("prep-form-service");
        Map<String, Set<Long>> onTopic = new HashMap<>();
        Map<String, Set<String>> formTypesBySession = new HashMap<>();
        long[] duplicates = new long[1];
        Set<String> seenIds = new HashSet<>();
        long[] records = new long[1];
        read("coaching.sessions.v1", record -> {
            records[0]++;
            if (!seenIds.add(header(record, "ce_id"))) {
                duplicates[0]++;
            }
            onTopic.computeIfAbsent(header(record, "ce_subject"), k -> new TreeSet<>())
                    .add(Long.parseLong(header(record, "ce_sequence")));
        });
        read("coaching.prep-forms.v1", record -> {
            records[0]++;
            if (!seenIds.add(header(record, "ce_id"))) {
                duplicates[0]++;
            }
            JsonNode data = json(record.value());
            String type = header(record, "ce_type");
            formTypesBySession
                    .computeIfAbsent(data.path("sessionId").asText(), k -> new HashSet<>())
                    .add(type.substring(type.lastIndexOf('.') + 1));
        });
        long lost = 0;
        long extra = 0;
        long events = 0;
        for (Acknowledged session : sessions) {
            String id = session.plan.sessionId;
            int expected = session.events();
            events += expected;
            // session-service's aggregate identifier is "<orgId>/<sessionId>" (SessionKey); the topic's subject is the
            // sessionId
            List<Long> inStore = stored.getOrDefault(session.plan.orgId + "/" + id, List.of());
            Set<Long> topic = onTopic.getOrDefault(id, Set.of());
            for (long sequence = 0; sequence < expected; sequence++) {
                if (!inStore.contains(sequence)) {
                    lost++;
                    findings.add("lost: " + id + " sequence " + sequence + " is not in the event store");
                } else if (!topic.contains(sequence)) {
                    lost++;
                    findings.add("lost: " + id + " sequence " + sequence + " is not on coaching.sessions.v1");
                }
            }
            if (inStore.size() > expected) {
                extra += inStore.size() - expected;
                findings.add("extra: " + id + " holds " + inStore.size() + " events for " + expected
                        + " acknowledged commands");
            }
            if (!contiguous(inStore)) {
                findings.add("gap: " + id + " sequences in the store " + inStore);
            }
            if (!session.scheduled) {
                continue;
            }
            Set<String> formTypes = formTypesBySession.getOrDefault(id, Set.of());
            List<String> expectedTypes = new ArrayList<>(List.of("requested"));
            if (session.prepOnTime || session.prepLate) {
                expectedTypes.add("submitted");
            }
            if (session.started() && !session.prepOnTime) {
                expectedTypes.add("missed");
            }
            events += expectedTypes.size();
            for (String type : expectedTypes) {
                if (!formTypes.contains(type)) {
                    lost++;
                    findings.add(
                            "lost: the prep form of " + id + " has no " + type + " event on coaching.prep-forms.v1");
                }
            }
        }
        storedForms.forEach((form, sequences) -> {
            if (!contiguous(sequences)) {
                findings.add("gap: prep form " + form + " sequences in the store " + sequences);
            }
        });
        return new Result(events, lost, extra, duplicates[0], findings);
    }

    private static boolean contiguous(List<Long> sequences) {
        List<Long> sorted = sequences.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    private Map<String, List<Long>> storedSequences(String database) {
        Map<String, List<Long>> sequences = new HashMap<>();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            for (Document commit :
                    client.getDatabase(database).getCollection("eventcommits").find()) {
                if (!Boolean.TRUE.equals(commit.getBoolean("domain"))) {
                    continue;
                }
                List<Long> list = sequences.computeIfAbsent(commit.getString("aggregateId"), k -> new ArrayList<>());
                for (Document event : commit.getList("events", Document.class)) {
                    list.add(((Number) event.get("sequence")).longValue());
                }
            }
        }
        return sequences;
    }

    private void read(String topic, java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "resilience-verdict-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(byte[] value) {
        try {
            return Stack.JSON.readTree(value);
        } catch (java.io.IOException e) {
            return Stack.JSON.nullNode();
        }
    }
}
