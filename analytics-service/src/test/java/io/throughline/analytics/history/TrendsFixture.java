package io.throughline.analytics.history;

import static org.awaitility.Awaitility.await;

import io.throughline.analytics.Api;
import io.throughline.analytics.ContractTopics;
import io.throughline.analytics.TrendsExampleMother;
import io.throughline.analytics.projection.consumer.TopicSetup;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.TestIssuer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import tools.jackson.databind.JsonNode;

/**
 * METRICS.md's worked example of trends on the real topics, each record stamped with its record time
 * (s7 logged on 2025-12-23), published once per run and waited for until all seven sessions are in.
 */
public final class TrendsFixture {

    static final String ORG = TrendsExampleMother.ORG;
    static final String BASE = "/api/v1/orgs/" + ORG;
    /** The worked example's question: weekly, rolling 4, asOf 2025-12-29T00:00:00+01:00. */
    static final String WEEKLY =
            "/trends?period=week&from=2025-11-03&to=2025-12-29&rolling=4" + "&asOf=2025-12-29T00:00:00%2B01:00";

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static boolean published;

    private TrendsFixture() {}

    public static synchronized void publishOnce(TestInfrastructure infrastructure, int port) throws Exception {
        if (!published) {
            try (ContractTopics topics = new ContractTopics(infrastructure.kafkaBootstrapServers())) {
                keepForever(infrastructure.kafkaBootstrapServers());
                topics.publish(TrendsExampleMother.events(), TrendsExampleMother::recordedAt);
            }
            published = true;
        }
        Api api = new Api(port);
        await().atMost(PATIENCE).until(() -> {
            Api.Response trends = api.get(BASE + "/clients/" + TrendsExampleMother.CLIENT + WEEKLY);
            if (trends.status() != 200) {
                return false;
            }
            JsonNode points = trends.json().path("points");
            return sum(points, "sessionsEnded") == 6
                    && sum(points, "sessionsCancelled") == 1
                    && sum(points, "topicShifts") == 13
                    && StreamSupport.stream(points.spliterator(), false)
                                    .mapToLong(point ->
                                            point.path("prepForms").path("due").asLong())
                                    .sum()
                            == 6
                    && !points.get(6).path("revisedAt").isNull();
        });
    }

    /**
     * The records carry 2025 timestamps, older than the broker's default retention (7 days): without
     * this the broker may delete them, and a rebuild would not see them.
     */
    private static void keepForever(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Map<ConfigResource, Collection<AlterConfigOp>> forever = new HashMap<>();
            for (String topic : TopicSetup.CONSUMED) {
                forever.put(
                        new ConfigResource(ConfigResource.Type.TOPIC, topic),
                        List.of(new AlterConfigOp(new ConfigEntry("retention.ms", "-1"), AlterConfigOp.OpType.SET)));
            }
            admin.incrementalAlterConfigs(forever).all().get(10, TimeUnit.SECONDS);
        }
    }

    public static Api orgAdmin(int port) {
        return new Api(port).as(TestIssuer.get().orgAdmin(ORG));
    }

    /** Sets the organisation's zone as its org-admin; 200 expected. */
    public static void zone(int port, String zone) {
        Api.Response put = orgAdmin(port).put(BASE + "/analytics-settings", "{\"timeZone\":\"" + zone + "\"}");
        if (put.status() != 200) {
            throw new AssertionError("PUT analytics-settings answered " + put.status() + ": " + put.body());
        }
    }

    static long sum(JsonNode points, String field) {
        return StreamSupport.stream(points.spliterator(), false)
                .mapToLong(point -> point.path(field).asLong())
                .sum();
    }

    /** As METRICS.md's tables show a figure: three decimals, half up; null stays null. */
    static Double round(JsonNode value) {
        return value.isNull() || value.isMissingNode()
                ? null
                : BigDecimal.valueOf(value.asDouble())
                        .setScale(3, RoundingMode.HALF_UP)
                        .doubleValue();
    }
}
