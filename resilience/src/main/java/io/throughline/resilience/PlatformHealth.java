package io.throughline.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.localstack.process.SupervisedProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Consumer lag of the platform's groups on the contract's topics, and each instance's heap against its limit. */
final class PlatformHealth {

    private final String kafka;

    PlatformHealth(String kafka) {
        this.kafka = kafka;
    }

    /** The summed lag of every consumer group (the verdict's own groups left out), by group. */
    Map<String, Long> lag() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (Admin admin = Admin.create(properties)) {
            Map<String, Long> lag = new java.util.TreeMap<>();
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
                if (group.groupId().startsWith("resilience-")) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
                long sum = 0;
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null) {
                        sum += Math.max(
                                0,
                                ends.get(entry.getKey()).offset()
                                        - entry.getValue().offset());
                    }
                }
                lag.put(group.groupId(), sum);
            }
            return lag;
        } catch (Exception e) {
            return Map.of("(cannot read the consumer groups: " + e + ")", -1L);
        }
    }

    /** Per instance: heap used and its limit in MiB, from its actuator metrics (a platform token). */
    static List<String> heaps(
            Map<String, List<SupervisedProcess>> services, Supplier<String> token, List<String> over) {
        List<String> lines = new ArrayList<>();
        services.forEach((service, instances) -> {
            for (SupervisedProcess instance : instances) {
                String base = "http://127.0.0.1:" + instance.spec().port();
                double used = metric(base, "jvm.memory.used", token);
                double max = metric(base, "jvm.memory.max", token);
                String line = String.format(
                        "%s: heap %.0f of %.0f MiB, %d restarts",
                        instance.name(), used / 1048576, max / 1048576, instance.restarts());
                lines.add(line);
                if (used < 0 || max <= 0 || used > max || !instance.isAlive()) {
                    over.add(line);
                }
            }
        });
        return lines;
    }

    private static double metric(String base, String name, Supplier<String> token) {
        Instances.Answer answer =
                Instances.sendTo(base, "/actuator/metrics/" + name + "?tag=area:heap", null, "GET", token);
        if (!answer.ok()) {
            return -1;
        }
        for (JsonNode measurement : answer.body().path("measurements")) {
            if (measurement.path("statistic").asText().equals("VALUE")) {
                return measurement.path("value").asDouble();
            }
        }
        return -1;
    }
}
