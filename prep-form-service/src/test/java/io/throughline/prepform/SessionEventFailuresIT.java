package io.throughline.prepform;

import static io.throughline.prepform.KafkaTopics.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoSocketException;
import com.mongodb.ServerAddress;
import io.micrometer.core.instrument.MeterRegistry;
import io.throughline.events.CoachingEventCodec;
import io.throughline.events.Topics;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.prepform.command.RequestPrepForm;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Records the consumer cannot use go to the dead-letter topic or are skipped, and the client's next
 * record is processed; a record whose commands fail is retried until they succeed.
 */
@PrepFormServiceIT
class SessionEventFailuresIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.SESSIONS);
    private static final CoachingEventCodec CODEC = new CoachingEventCodec();

    private static KafkaTopics kafka;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meterRegistry;

    @Autowired
    CommandBus commandBus;

    @BeforeAll
    static void connect(TestInfrastructure infrastructure) {
        kafka = new KafkaTopics(infrastructure.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void sendsARecordThatIsNoCloudEventToTheDeadLetterTopicAndGoesOn() {
        SessionScenario session = SessionScenario.fresh("poison");
        byte[] garbage = {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef};
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(
                Topics.SESSIONS,
                null,
                session.clientId(),
                garbage,
                List.of(new RecordHeader("trace", "poison-1".getBytes(StandardCharsets.UTF_8))));

        kafka.send(poison);
        kafka.publish(session.scheduled());
        awaitRequested(session);

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(session.clientId());
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(header(deadLetter, "trace")).isEqualTo("poison-1");
        assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.SESSIONS);
        assertThat(header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo("io.throughline.events.UndecodableEventException");
        assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("Not a CloudEvents binary-mode record");
        assertThat(header(deadLetter, "kafka_dlt-original-offset")).isNotBlank();
    }

    @Test
    void sendsAScheduledEventWithoutItsScheduledStartToTheDeadLetterTopic() {
        SessionScenario session = SessionScenario.fresh("no-start");
        ProducerRecord<String, byte[]> scheduled = CODEC.toRecord(session.scheduled());
        String data =
                new String(scheduled.value(), StandardCharsets.UTF_8).replaceAll("\"scheduledStart\":\"[^\"]*\",?", "");

        kafka.send(new ProducerRecord<>(
                Topics.SESSIONS, null, session.clientId(), data.getBytes(StandardCharsets.UTF_8), scheduled.headers()));
        SessionScenario next = session.nextSession();
        kafka.publish(next.scheduled());
        awaitRequested(next);

        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(session.clientId());
        assertThat(header(deadLetter, "ce_type")).isEqualTo("coaching.session.scheduled");
        assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("lacks what a prep form needs");
        assertThat(new Api(port).get(session.formPath()).statusCode()).isEqualTo(404);
    }

    @Test
    void skipsAndCountsAnEventTypeItDoesNotKnow() {
        SessionScenario session = SessionScenario.fresh("unknown-type");
        ProducerRecord<String, byte[]> unknown = CODEC.toRecord(session.scheduled());
        unknown.headers()
                .remove("ce_type")
                .add("ce_type", "coaching.session.rescheduled".getBytes(StandardCharsets.UTF_8));
        double skippedBefore = skippedUnknownTypes();

        kafka.send(unknown);
        SessionScenario next = session.nextSession();
        kafka.publish(next.scheduled());
        awaitRequested(next);

        assertThat(skippedUnknownTypes()).isEqualTo(skippedBefore + 1);
        assertThat(new Api(port).get(session.formPath()).statusCode()).isEqualTo(404);
        assertThat(kafka.read(DEAD_LETTERS, record -> session.clientId().equals(record.key())))
                .isEmpty();
    }

    @Test
    void retriesARecordWhoseCommandsFailUntilTheySucceed() {
        SessionScenario session = SessionScenario.fresh("mongo-down");

        try (CommandFaults mongoDown = CommandFaults.failFirst(
                commandBus,
                session.orgId(),
                RequestPrepForm.class,
                3,
                () -> new EventStoreException(
                        "Could not store the commit (simulated)",
                        new MongoSocketException("Connection refused", new ServerAddress())))) {
            kafka.publish(session.scheduled());
            awaitRequested(session);
            assertThat(mongoDown.remaining()).isZero();
        }
        assertThat(kafka.read(DEAD_LETTERS, record -> session.clientId().equals(record.key())))
                .isEmpty();
    }

    private double skippedUnknownTypes() {
        var counter = meterRegistry
                .find("prepform.session.events.skipped")
                .tag("reason", "unknown-type")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private void awaitRequested(SessionScenario session) {
        Api api = new Api(port);
        await().atMost(PATIENCE).until(() -> api.get(session.formPath()), response -> response.statusCode() == 200);
        HttpResponse<String> form = api.get(session.formPath());
        assertThat(Api.json(form).path("status").asString()).isEqualTo("REQUESTED");
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return await().atMost(PATIENCE)
                .until(
                        () -> kafka.read(DEAD_LETTERS, record -> key.equals(record.key())),
                        records -> !records.isEmpty())
                .getFirst();
    }
}
