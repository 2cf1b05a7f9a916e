package io.throughline.session.web;

import static io.throughline.session.SessionApi.body;
import static io.throughline.session.SessionApi.scheduleBody;
import static io.throughline.session.SessionApi.session;
import static io.throughline.session.SessionApi.sessions;
import static io.throughline.session.SessionMother.at;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.events.Topics;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.TestIssuer;
import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Who recorded each event (the token's subject) is kept in the event store and shown by {@code GET …/events} as the
 * CloudEvents extension {@code recordedby}; the records on Kafka do not carry it.
 */
@RunningService
class RecordedByIT {

    private static final TestIssuer ISSUER = TestIssuer.get();
    private static final String ORG = "kept-by-org";

    @LocalServerPort
    int port;

    @Test
    void eachEventKeepsWhoRecordedItButOnlyInTheStore(TestInfrastructure infrastructure) {
        SessionApi platform = new SessionApi(port);
        String sessionId = "kept-" + UUID.randomUUID();
        Map<String, Object> schedule = scheduleBody(sessionId, "kept-client");
        schedule.put("coachId", "coach-x");
        assertThat(platform.as(ISSUER.coach(ORG, "coach-x"))
                        .post(sessions(ORG), schedule)
                        .status())
                .isEqualTo(201);
        assertThat(platform.as(ISSUER.orgAdmin(ORG))
                        .post(session(ORG, sessionId) + "/start", body("at", at("10:00")))
                        .status())
                .isEqualTo(200);
        assertThat(platform.post(session(ORG, sessionId) + "/cancel", body("at", at("10:01")))
                        .status())
                .isEqualTo(200);

        List<JsonNode> events = platform.events(ORG, sessionId);
        assertThat(events)
                .extracting(event -> event.path("recordedby").asString())
                .containsExactly("coach:coach-x", "admin@" + ORG, "test-platform");
        assertThat(events)
                .allSatisfy(event -> assertThat(event.has("recordedBy")).isFalse());

        List<ConsumerRecord<String, byte[]>> records = records(infrastructure.kafkaBootstrapServers(), sessionId, 3);
        assertThat(records).hasSize(3);
        assertThat(records).allSatisfy(record -> {
            for (Header header : record.headers()) {
                assertThat(header.key().toLowerCase()).doesNotContain("recorded");
                assertThat(new String(header.value(), UTF_8))
                        .doesNotContain("coach:coach-x")
                        .doesNotContain("admin@");
            }
            assertThat(new String(record.value(), UTF_8))
                    .doesNotContainIgnoringCase("recorded")
                    .doesNotContain("coach:coach-x")
                    .doesNotContain("admin@");
        });
    }

    private static List<ConsumerRecord<String, byte[]>> records(String bootstrapServers, String sessionId, int count) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "recorded-by-it-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.SESSIONS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Header subject = record.headers().lastHeader("ce_subject");
                    if (subject != null && sessionId.equals(new String(subject.value(), UTF_8))) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }
}
