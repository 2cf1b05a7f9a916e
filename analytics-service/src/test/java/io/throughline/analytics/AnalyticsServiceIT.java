package io.throughline.analytics;

import static io.throughline.analytics.AnalyticsMother.ARTICLE_SESSION;
import static io.throughline.analytics.AnalyticsMother.CLIENT;
import static io.throughline.analytics.AnalyticsMother.COACH;
import static io.throughline.analytics.AnalyticsMother.SECOND_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.throughline.analytics.projection.consumer.DeadLetters;
import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import io.throughline.events.Topics;
import io.throughline.platform.testing.OpenApiValidation;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The service end to end: events published on the real topics, answers read over HTTP. */
@WithInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "throughline.analytics.database=analytics-service-it",
            "throughline.analytics.projection.consumer-group=analytics-service-it",
            "throughline.analytics.projection.poll-timeout=100ms"
        })
class AnalyticsServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final CoachingEventCodec CODEC = new CoachingEventCodec();
    private static ContractTopics topics;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void topicsAndProducer(TestInfrastructure infrastructure) throws Exception {
        topics = new ContractTopics(infrastructure.kafkaBootstrapServers());
    }

    @AfterAll
    static void closeProducer() {
        topics.close();
    }

    @Test
    void answersWithTheFiguresOfTheEventsOnBothTopics() {
        String org = uniqueOrg();
        topics.publish(AnalyticsMother.twoOrganisations(org, uniqueOrg()));

        JsonNode client = await().atMost(PATIENCE)
                .until(
                        () -> api().get("/api/v1/orgs/" + org + "/clients/" + CLIENT + "/patterns"),
                        patterns -> patterns.status() == 200
                                && patterns.json()
                                                .path("sessionsPage")
                                                .path("totalElements")
                                                .asLong()
                                        == 4
                                && patterns.json()
                                                .path("prepForms")
                                                .path("missed")
                                                .asLong()
                                        == 1)
                .json();
        assertThat(client.path("sessionsEnded").asLong()).isEqualTo(2);
        assertThat(client.path("sidetrackFrequency").asDouble()).isEqualTo(2.5);
        assertThat(client.path("connectedShare").asDouble()).isEqualTo(0.2);
        assertThat(client.path("recurringSidetrackTopics").toString())
                .isEqualTo("[{\"topic\":\"Budget\",\"count\":2},{\"topic\":\"My boss\",\"count\":2}]");
        assertThat(client.path("sessions"))
                .extracting(row -> row.path("sessionId").asString())
                .containsExactly("session-running", "session-cancelled", "session-2", ARTICLE_SESSION);
        assertThat(client.path("sessions").get(3).path("onAgreedTopicShare").asDouble())
                .isEqualTo(0.912280702);
        assertThat(client.path("sessions").get(3).path("startedAt").asString()).isEqualTo("2026-11-23T10:00:00Z");

        JsonNode secondClient = api().get("/api/v1/orgs/" + org + "/clients/" + SECOND_CLIENT + "/patterns")
                .json();
        assertThat(secondClient.path("onAgreedTopicShare").isNull()).isTrue();
        assertThat(secondClient.path("avgMinutesToAgreement").isNull()).isTrue();

        JsonNode coach = api().get("/api/v1/orgs/" + org + "/coaches/" + COACH + "/patterns")
                .json();
        assertThat(coach.path("sessionsEnded").asLong()).isEqualTo(3);
        assertThat(coach.path("reContractRate").asDouble()).isEqualTo(0.8);

        JsonNode overview = api().get("/api/v1/orgs/" + org + "/overview").json();
        assertThat(overview.path("clients"))
                .extracting(row -> row.path("clientId").asString())
                .containsExactly(CLIENT, SECOND_CLIENT);
        assertThat(overview.path("sidetrackFrequencyWithoutPrep").asDouble()).isEqualTo(1.5);

        JsonNode timeline = api().get("/api/v1/orgs/" + org + "/sessions/" + ARTICLE_SESSION + "/timeline")
                .json();
        assertThat(timeline.path("segments"))
                .extracting(segment -> segment.path("kind").asString())
                .containsExactly(
                        "ON_AGREED_TOPIC", "OFF_TOPIC", "ON_AGREED_TOPIC", "CONNECTED_CONTEXT", "ON_AGREED_TOPIC");
        assertThat(timeline.path("offTopicMinutes").asDouble()).isEqualTo(5.0);
        assertThat(timeline.path("minutesToAgreement").asDouble()).isEqualTo(3.0);
    }

    @Test
    void givesTheSameAnswersForEveryEventDeliveredTwiceAndShuffledAcrossTopics() {
        String inOrder = uniqueOrg();
        String shuffled = uniqueOrg();
        topics.publish(AnalyticsMother.twoOrganisations(inOrder, uniqueOrg()));
        List<EventEnvelope> twice = new ArrayList<>(AnalyticsMother.twoOrganisations(shuffled, uniqueOrg()));
        twice.addAll(AnalyticsMother.twoOrganisations(shuffled, uniqueOrg()));
        Collections.shuffle(twice, new Random(11));
        topics.publish(twice);

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(answers(shuffled)).isEqualTo(answers(inOrder)));
        await().atMost(PATIENCE).until(() -> metric("analytics.consumer.lag") == 0);
        assertThat(answers(shuffled)).isEqualTo(answers(inOrder));
        assertThat(metric("analytics.events.duplicates")).isGreaterThan(0);
    }

    @Test
    void deadLettersAnUndecodableRecordAndGoesOn() {
        String poisonKey = "poison-" + UUID.randomUUID();
        topics.send(
                new ProducerRecord<>(Topics.SESSIONS, poisonKey, "not a cloud event".getBytes(StandardCharsets.UTF_8)));
        String org = uniqueOrg();
        topics.publish(AnalyticsMother.articleSession(org).events());

        await().atMost(PATIENCE)
                .until(() -> api().get("/api/v1/orgs/" + org + "/sessions/" + ARTICLE_SESSION + "/timeline")
                                .status()
                        == 200);
        ConsumerRecord<byte[], byte[]> deadLetter = deadLetterWithKey(poisonKey);
        assertThat(header(deadLetter, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(Topics.SESSIONS);
        assertThat(header(deadLetter, DeadLetters.EXCEPTION))
                .isEqualTo("io.throughline.events.UndecodableEventException");
        assertThat(header(deadLetter, DeadLetters.ORIGINAL_OFFSET)).matches("\\d+");
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
        assertThat(metric("analytics.events.dead.lettered")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void skipsAndCountsAnEventTypeItDoesNotKnow() {
        ProducerRecord<String, byte[]> known = CODEC.toRecord(
                AnalyticsMother.articleSession(uniqueOrg()).events().getFirst());
        known.headers().remove("ce_type");
        known.headers().add("ce_type", "coaching.session.teleported".getBytes(StandardCharsets.UTF_8));
        topics.send(new ProducerRecord<>(Topics.SESSIONS, null, known.key(), known.value(), known.headers()));

        await().atMost(PATIENCE).until(() -> metric("analytics.events.unknown.type") >= 1);
    }

    @Test
    void rebuildsTheSameAnswersAsTheLiveProjection() {
        String org = uniqueOrg();
        topics.publish(AnalyticsMother.twoOrganisations(org, uniqueOrg()));
        await().atMost(PATIENCE)
                .until(() -> api().get("/api/v1/orgs/" + org + "/clients/" + CLIENT + "/patterns")
                                .json()
                                .path("prepForms")
                                .path("missed")
                                .asLong()
                        == 1);
        await().atMost(PATIENCE).until(() -> metric("analytics.consumer.lag") == 0);
        List<JsonNode> live = answers(org);

        Api.Response started = api().post("/api/v1/admin/projections/rebuild");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().path("state").asString()).isEqualTo("RUNNING");
        JsonNode done = await().atMost(PATIENCE)
                .until(
                        () -> api().get("/api/v1/admin/projections/rebuild").json(),
                        progress -> !progress.path("state").asString().equals("RUNNING"));

        assertThat(done.path("state").asString()).isEqualTo("COMPLETED");
        assertThat(done.path("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.path("processed").asLong())
                .isEqualTo(done.path("total").asLong())
                .isPositive();
        assertThat(answers(org)).isEqualTo(live);
    }

    @Test
    void refusesASecondRebuildWhileOneRuns() {
        Api.Response first = api().post("/api/v1/admin/projections/rebuild");
        Api.Response second = api().post("/api/v1/admin/projections/rebuild");

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        await().atMost(PATIENCE)
                .until(() -> !api().get("/api/v1/admin/projections/rebuild")
                        .json()
                        .path("state")
                        .asString()
                        .equals("RUNNING"));
    }

    @Test
    void answersNotFoundForWhatAnOrganisationHasNot() {
        String org = uniqueOrg();
        topics.publish(AnalyticsMother.articleSession(org).events());
        await().atMost(PATIENCE)
                .until(() -> api().get("/api/v1/orgs/" + org + "/clients/" + CLIENT + "/patterns")
                                .status()
                        == 200);

        Api.Response unknownClient = api().get("/api/v1/orgs/" + org + "/clients/nobody/patterns");
        assertThat(unknownClient.status()).isEqualTo(404);
        assertThat(unknownClient.contentType()).startsWith("application/problem+json");
        assertThat(unknownClient.json().path("title").asString()).isEqualTo("Not Found");
        assertThat(unknownClient.json().path("detail").asString()).contains("nobody");
        assertThat(api().get("/api/v1/orgs/" + uniqueOrg() + "/clients/" + CLIENT + "/patterns")
                        .status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/orgs/" + org + "/coaches/nobody/patterns").status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/orgs/" + org + "/sessions/nothing/timeline")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void answersBadRequestForAnInvalidIdOrPage() {
        Api.Response badId = api().get("/api/v1/orgs/demo/clients/not%20valid/patterns");
        Api.Response badSize = api().get("/api/v1/orgs/demo/clients/" + CLIENT + "/patterns?size=1000");
        Api.Response notANumber = api().get("/api/v1/orgs/demo/clients/" + CLIENT + "/patterns?page=first");

        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.contentType()).startsWith("application/problem+json");
        assertThat(badId.json().path("errors").get(0).path("field").asString()).isEqualTo("clientId");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.json().path("errors").get(0).path("field").asString())
                .isEqualTo("size");
        assertThat(notANumber.status()).isEqualTo(400);
    }

    @Test
    void reportsKafkaAndMongoDbHealth() {
        JsonNode health = await().atMost(PATIENCE)
                .until(
                        () -> api().get("/actuator/health").json(),
                        answer -> answer.path("status").asString().equals("UP"));

        assertThat(health.path("components").path("kafka").path("status").asString())
                .isEqualTo("UP");
        assertThat(health.path("components").path("mongo").path("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void servesItsOpenApiDocument() {
        JsonNode document = api().get("/v3/api-docs").json();

        assertThat(document.path("paths").propertyNames())
                .contains(
                        "/api/v1/orgs/{orgId}/clients/{clientId}/patterns",
                        "/api/v1/orgs/{orgId}/coaches/{coachId}/patterns",
                        "/api/v1/orgs/{orgId}/overview",
                        "/api/v1/orgs/{orgId}/sessions/{sessionId}/timeline",
                        "/api/v1/orgs/{orgId}/clients/{clientId}/trends",
                        "/api/v1/orgs/{orgId}/coaches/{coachId}/trends",
                        "/api/v1/orgs/{orgId}/trends",
                        "/api/v1/orgs/{orgId}/clients/{clientId}/sessions",
                        "/api/v1/orgs/{orgId}/coaches/{coachId}/sessions",
                        "/api/v1/orgs/{orgId}/analytics-settings",
                        "/api/v1/orgs/{orgId}/analytics-settings/preview",
                        "/api/v1/orgs/{orgId}/attention",
                        "/api/v1/orgs/{orgId}/attention/{subjectType}/{subjectId}",
                        "/api/v1/orgs/{orgId}/attention/{subjectType}/{subjectId}/{rule}/acknowledgement",
                        "/api/v1/orgs/{orgId}/attention/{subjectType}/{subjectId}/{rule}/feedback",
                        "/api/v1/admin/projections/rebuild");
        assertThat(OpenApiValidation.problems(api().get("/v3/api-docs").body())).isEmpty();
    }

    private List<JsonNode> answers(String org) {
        return List.of(
                withoutOrg(api().get("/api/v1/orgs/" + org + "/clients/" + CLIENT + "/patterns?size=100")
                        .json()),
                withoutOrg(api().get("/api/v1/orgs/" + org + "/clients/" + SECOND_CLIENT + "/patterns")
                        .json()),
                withoutOrg(api().get("/api/v1/orgs/" + org + "/coaches/" + COACH + "/patterns")
                        .json()),
                withoutOrg(api().get("/api/v1/orgs/" + org + "/overview").json()),
                withoutOrg(api().get("/api/v1/orgs/" + org + "/sessions/" + ARTICLE_SESSION + "/timeline")
                        .json()),
                withoutOrg(api().get("/api/v1/orgs/" + org + "/sessions/session-2/timeline")
                        .json()));
    }

    private static JsonNode withoutOrg(JsonNode answer) {
        if (answer instanceof ObjectNode object) {
            object.remove("orgId");
        }
        return answer;
    }

    private double metric(String name) {
        Api.Response response = api().get("/actuator/metrics/" + name);
        return response.status() == 200
                ? response.json().path("measurements").get(0).path("value").asDouble()
                : -1;
    }

    private static ConsumerRecord<byte[], byte[]> deadLetterWithKey(String key) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        System.getProperty("spring.kafka.bootstrap-servers", bootstrapServers()),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "dlt-reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.SESSIONS)));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null && new String(record.key(), StandardCharsets.UTF_8).equals(key)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No dead letter with key " + key);
    }

    private static String bootstrapServers() {
        return TestInfrastructure.get().kafkaBootstrapServers();
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api api() {
        return new Api(port);
    }
}
