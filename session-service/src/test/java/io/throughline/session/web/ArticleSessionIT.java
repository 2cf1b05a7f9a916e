package io.throughline.session.web;

import static io.throughline.session.SessionApi.body;
import static io.throughline.session.SessionApi.session;
import static io.throughline.session.SessionMother.BOSS;
import static io.throughline.session.SessionMother.CLIENT;
import static io.throughline.session.SessionMother.IMPORTANCE;
import static io.throughline.session.SessionMother.ORG;
import static io.throughline.session.SessionMother.PEER;
import static io.throughline.session.SessionMother.SESSION;
import static io.throughline.session.SessionMother.SHIFT_TO_BOSS;
import static io.throughline.session.SessionMother.SHIFT_TO_PEER;
import static io.throughline.session.SessionMother.SUCCESS;
import static io.throughline.session.SessionMother.TEAM;
import static io.throughline.session.SessionMother.TO_ADDRESS;
import static io.throughline.session.SessionMother.at;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import io.throughline.events.Topics;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import io.throughline.session.SessionApi.Answer;
import io.throughline.session.SessionMother;
import io.throughline.session.query.SessionView;
import io.throughline.session.query.SessionViewFold;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The session of the article (METRICS.md, worked example) logged afterwards through HTTP, each step
 * with its business time, then read back from the API and from {@code coaching.sessions.v1} with a
 * plain Kafka consumer.
 */
@RunningService
class ArticleSessionIT {

    private static final List<String> TYPES = List.of(
            "coaching.session.scheduled",
            "coaching.session.started",
            "coaching.session.checked-in",
            "coaching.session.contracted",
            "coaching.session.piece-completed",
            "coaching.session.topic-shifted",
            "coaching.session.re-contracted",
            "coaching.session.topic-shifted",
            "coaching.session.re-contracted",
            "coaching.session.ended");

    /** API.md's data fields per type, beside orgId, clientId and occurredAt, which all carry. */
    private static final Map<String, List<String>> DATA_FIELDS = Map.of(
            "coaching.session.scheduled",
            List.of("sessionId", "coachId", "scheduledStart", "plannedMinutes"),
            "coaching.session.started",
            List.of("sessionId", "coachId"),
            "coaching.session.checked-in",
            List.of("sessionId", "readiness", "note"),
            "coaching.session.contracted",
            List.of("sessionId", "coachId", "topic", "successMeasure", "importance", "toAddress"),
            "coaching.session.topic-shifted",
            List.of("sessionId", "shiftId", "fromTopic", "toTopic", "noticedBy"),
            "coaching.session.re-contracted",
            List.of("sessionId", "shiftId", "outcome", "agreedTopic"),
            "coaching.session.piece-completed",
            List.of("sessionId", "summary", "nextStep"),
            "coaching.session.ended",
            List.of("sessionId", "coachId", "progress", "clientFeedback"));

    @LocalServerPort
    int port;

    private SessionApi api;

    @BeforeEach
    void connect() {
        api = new SessionApi(port);
    }

    @Test
    void theArticleSessionGoesThroughHttpToTheTopic(TestInfrastructure infrastructure) {
        logTheArticleSession();

        SessionView expected = SessionViewFold.fold(SessionMother.articleEvents());
        Answer read = api.get(session(ORG, SESSION));
        assertThat(read.status()).isEqualTo(200);
        assertThat(SessionApi.JSON.treeToValue(read.json(), SessionView.class)).isEqualTo(expected);

        List<ConsumerRecord<String, byte[]>> records = recordsOfTheSession(infrastructure.kafkaBootstrapServers());
        assertThat(records).hasSize(10);
        CoachingEventCodec codec = new CoachingEventCodec();
        List<JsonNode> stream = api.events(ORG, SESSION);
        for (int sequence = 0; sequence < records.size(); sequence++) {
            ConsumerRecord<String, byte[]> record = records.get(sequence);
            assertThat(record.key()).isEqualTo(CLIENT);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_type")).isEqualTo(TYPES.get(sequence));
            assertThat(header(record, "ce_source")).isEqualTo("/session-service");
            assertThat(header(record, "ce_subject")).isEqualTo(SESSION);
            assertThat(header(record, "ce_orgid")).isEqualTo(ORG);
            assertThat(header(record, "ce_clientid")).isEqualTo(CLIENT);
            assertThat(header(record, "ce_sequence")).isEqualTo(Integer.toString(sequence));
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            assertThat(header(record, "ce_id"))
                    .isEqualTo(stream.get(sequence).path("id").asString());

            JsonNode data = SessionApi.JSON.readTree(record.value());
            assertThat(data.propertyNames())
                    .as(TYPES.get(sequence))
                    .contains("orgId", "clientId", "occurredAt")
                    .containsAll(DATA_FIELDS.get(TYPES.get(sequence)));
            EventEnvelope envelope = codec.fromRecord(record);
            assertThat(envelope.event()).isEqualTo(SessionMother.articleEvents().get(sequence));
        }
    }

    @Test
    void theEventsEndpointAnswersStructuredCloudEventsInOrder() {
        String sessionId = "structured-" + UUID.randomUUID();
        api.schedule(ORG, sessionId, "client-structured");
        api.postWithoutBody(session(ORG, sessionId) + "/start");

        List<JsonNode> events = api.events(ORG, sessionId);

        assertThat(events).hasSize(2);
        assertThat(events)
                .extracting(event -> event.path("type").asString())
                .containsExactly("coaching.session.scheduled", "coaching.session.started");
        assertThat(events)
                .extracting(event -> event.path("sequence").asString())
                .containsExactly("0", "1");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.path("specversion").asString()).isEqualTo("1.0");
            assertThat(event.path("subject").asString()).isEqualTo(sessionId);
            assertThat(event.path("datacontenttype").asString()).isEqualTo("application/json");
            assertThat(event.path("data").path("sessionId").asString()).isEqualTo(sessionId);
        });
        EventEnvelope decoded = new CoachingEventCodec()
                .fromStructuredJson(events.get(1).toString().getBytes(UTF_8));
        assertThat(decoded.sequence()).isEqualTo(1);
    }

    private void logTheArticleSession() {
        String session = session(ORG, SESSION);
        expect(api.schedule(ORG, SESSION, CLIENT), 201);
        expect(api.post(session + "/start", body("at", at("10:00"))), 200);
        expect(
                api.post(
                        session + "/check-in",
                        body(
                                "at",
                                at("10:01"),
                                "readiness",
                                "NEEDS_TO_OFFLOAD",
                                "note",
                                "Not his usual positive answer")),
                200);
        expect(
                api.post(
                        session + "/agreement",
                        body(
                                "at",
                                at("10:03"),
                                "topic",
                                TEAM,
                                "successMeasure",
                                SUCCESS,
                                "importance",
                                IMPORTANCE,
                                "toAddress",
                                TO_ADDRESS)),
                200);
        expect(
                api.post(
                        session + "/pieces",
                        body("at", at("10:33"), "summary", "Summary confirmed", "nextStep", "Brainstorm solutions")),
                200);
        expect(
                api.post(
                        session + "/topic-shifts",
                        body("shiftId", SHIFT_TO_BOSS, "at", at("10:40"), "topic", BOSS, "noticedBy", "COACH")),
                201);
        expect(
                api.post(
                        session + "/topic-shifts/" + SHIFT_TO_BOSS + "/re-contract",
                        body("at", at("10:45"), "outcome", "RETURN_TO_AGREED", "note", "Back to the brainstorming")),
                200);
        expect(
                api.post(
                        session + "/topic-shifts",
                        body("shiftId", SHIFT_TO_PEER, "at", at("10:52"), "topic", PEER, "noticedBy", "COACH")),
                201);
        expect(
                api.post(
                        session + "/topic-shifts/" + SHIFT_TO_PEER + "/re-contract",
                        body(
                                "at",
                                at("10:55"),
                                "outcome",
                                "CONNECTED_TO_AGREED",
                                "note",
                                "Context for another solution for the team")),
                200);
        expect(
                api.post(
                        session + "/end",
                        body(
                                "at",
                                at("11:00"),
                                "progress",
                                "ACHIEVED",
                                "clientFeedback",
                                "Thanks for keeping me on track")),
                200);
    }

    private static void expect(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    }

    /** Reads the topic from the start until the session's ten events are in, then a little longer for any extra. */
    private static List<ConsumerRecord<String, byte[]>> recordsOfTheSession(String bootstrapServers) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "article-session-it-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.SESSIONS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long settledAt = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settledAt)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (SESSION.equals(header(record, "ce_subject")) && ORG.equals(header(record, "ce_orgid"))) {
                        records.add(record);
                    }
                }
                if (records.size() >= 10 && settledAt == Long.MAX_VALUE) {
                    settledAt = System.nanoTime() + Duration.ofSeconds(1).toNanos();
                }
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
