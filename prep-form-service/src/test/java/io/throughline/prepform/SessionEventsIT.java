package io.throughline.prepform;

import static io.throughline.prepform.KafkaTopics.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.throughline.events.EventEnvelope;
import io.throughline.events.PrepFormEvent;
import io.throughline.events.PrepFormMissed;
import io.throughline.events.PrepFormRequested;
import io.throughline.events.PrepFormSubmitted;
import io.throughline.events.Topics;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.prepform.command.AnswersUpdated;
import io.throughline.prepform.command.PrepFormDrafted;
import io.throughline.prepform.command.PrepFormKey;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Session events in session-service's exact format on the real {@code coaching.sessions.v1}, forms
 * over HTTP, and what a subscriber of {@code coaching.prep-forms.v1} then sees.
 */
@PrepFormServiceIT
class SessionEventsIT {

    private static final String ANSWERS = "{\"wins\":\"Shipped the release\",\"sessionIntent\":\"Sort out the team\"}";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static KafkaTopics kafka;

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @BeforeAll
    static void connect(TestInfrastructure infrastructure) {
        kafka = new KafkaTopics(infrastructure.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void requestsAFormForAScheduledSessionAndPublishesItsSubmissionOnTime() {
        Api api = new Api(port);
        SessionScenario session = SessionScenario.fresh("on-time");

        kafka.publish(session.scheduled());
        JsonNode requested = awaitForm(api, session, "REQUESTED");
        assertThat(requested.path("dueBy").asString()).isEqualTo(session.start().toString());
        assertThat(requested.path("clientId").asString()).isEqualTo(session.clientId());

        HttpResponse<String> filledIn = api.post(session.formsPath(), session.createFormBody(ANSWERS));
        assertThat(filledIn.statusCode()).as(filledIn.body()).isEqualTo(200);
        HttpResponse<String> submitted = api.post(session.formPath() + "/submit", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(Api.json(submitted).path("status").asString()).isEqualTo("SUBMITTED");

        kafka.publish(session.started(session.start()));
        processedUpTo(api, session);

        assertThat(storedEvents(session))
                .containsExactly(PrepFormRequested.class, AnswersUpdated.class, PrepFormSubmitted.class);
        List<ConsumerRecord<String, byte[]>> records = await().atMost(PATIENCE)
                .until(
                        () -> kafka.read(
                                Topics.PREP_FORMS,
                                record -> session.prepFormId().equals(header(record, "ce_subject"))),
                        published -> published.size() >= 2);
        assertThat(records)
                .extracting(record -> header(record, "ce_type"))
                .containsExactly("coaching.prep-form.requested", "coaching.prep-form.submitted");
        assertThat(records).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(session.clientId());
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_source")).isEqualTo("/prep-form-service");
            assertThat(header(record, "ce_subject")).isEqualTo(session.prepFormId());
            assertThat(header(record, "ce_orgid")).isEqualTo(session.orgId());
            assertThat(header(record, "ce_clientid")).isEqualTo(session.clientId());
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            assertThat(header(record, "ce_id")).isNotBlank();
            assertThat(header(record, "ce_time")).isNotBlank();
        });
        // The form's stream: requested (0), the client's answers (1, stored only), submitted (2).
        assertThat(records).extracting(record -> header(record, "ce_sequence")).containsExactly("0", "2");
        assertThat(Instant.parse(header(records.getFirst(), "ce_time"))).isEqualTo(session.scheduledAt());

        List<PrepFormEvent> events = awaitFormEvents(session, 2);
        assertThat(events.get(0))
                .isEqualTo(new PrepFormRequested(
                        session.prepFormId(),
                        session.orgId(),
                        session.clientId(),
                        session.sessionId(),
                        session.start(),
                        session.scheduledAt()));
        PrepFormSubmitted submission = (PrepFormSubmitted) events.get(1);
        assertThat(submission.late()).isFalse();
        assertThat(submission.answers())
                .isEqualTo(Map.of("wins", "Shipped the release", "sessionIntent", "Sort out the team"));
    }

    @Test
    void publishesMissedAtTheStartWhenTheFormWasNeverSubmitted() {
        Api api = new Api(port);
        SessionScenario session = SessionScenario.fresh("missed");
        Instant startedAt = session.start().minus(Duration.ofMinutes(2));

        kafka.publish(session.scheduled());
        kafka.publish(session.started(startedAt));
        awaitForm(api, session, "MISSED");

        List<PrepFormEvent> events = awaitFormEvents(session, 2);
        assertThat(events)
                .containsExactly(
                        new PrepFormRequested(
                                session.prepFormId(),
                                session.orgId(),
                                session.clientId(),
                                session.sessionId(),
                                session.start(),
                                session.scheduledAt()),
                        new PrepFormMissed(
                                session.prepFormId(),
                                session.orgId(),
                                session.clientId(),
                                session.sessionId(),
                                startedAt));
    }

    @Test
    void keepsOneFormWhenTheClientCreatesItBeforeTheSessionIsScheduledHere() {
        Api api = new Api(port);
        SessionScenario session = SessionScenario.fresh("client-first");

        HttpResponse<String> created = api.post(session.formsPath(), session.createFormBody(ANSWERS));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Api.json(created).path("prepFormId").asString()).isEqualTo(session.prepFormId());
        kafka.publish(session.scheduled());

        JsonNode form = await().atMost(PATIENCE)
                .until(
                        () -> Api.json(api.get(session.formPath())),
                        view -> view.path("dueBy").isString());
        assertThat(form.path("status").asString()).isEqualTo("DRAFT");
        assertThat(form.path("answers").path("sessionIntent").asString()).isEqualTo("Sort out the team");
        JsonNode list = await().atMost(PATIENCE)
                .until(
                        () -> Api.json(api.get(session.formsPath() + "?sessionId=" + session.sessionId())),
                        forms -> forms.size() == 1 && forms.get(0).path("dueBy").isString());
        assertThat(list.get(0).path("prepFormId").asString()).isEqualTo(session.prepFormId());

        processedUpTo(api, session);
        assertThat(storedEvents(session)).containsExactly(PrepFormDrafted.class, PrepFormRequested.class);
        assertThat(awaitFormEvents(session, 1)).singleElement().isInstanceOf(PrepFormRequested.class);
    }

    @Test
    void requestsOneFormWhenTheScheduledEventIsDeliveredTwice() {
        Api api = new Api(port);
        SessionScenario session = SessionScenario.fresh("twice");
        EventEnvelope scheduled = session.scheduled();

        kafka.publish(scheduled);
        kafka.publish(scheduled);
        processedUpTo(api, session);

        assertThat(storedEvents(session)).containsExactly(PrepFormRequested.class);
        assertThat(awaitFormEvents(session, 1)).singleElement().isInstanceOf(PrepFormRequested.class);
        assertThat(await().atMost(PATIENCE)
                        .until(
                                () -> Api.json(api.get(session.formsPath() + "?sessionId=" + session.sessionId())),
                                forms -> !forms.isEmpty()))
                .hasSize(1);
    }

    @Test
    void marksAFormSubmittedAfterItsSessionStartedLate() {
        Api api = new Api(port);
        SessionScenario session = SessionScenario.fresh("late");
        Instant startedAt = Instant.now().minus(Duration.ofMinutes(10));

        kafka.publish(session.scheduled());
        kafka.publish(session.started(startedAt));
        awaitForm(api, session, "MISSED");
        assertThat(api.put(session.formPath() + "/answers", "{\"answers\":" + ANSWERS + "}")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> submitted = api.post(session.formPath() + "/submit", "");

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(Api.json(submitted).path("late").asBoolean()).isTrue();
        List<PrepFormEvent> events = awaitFormEvents(session, 3);
        assertThat(events)
                .extracting(Object::getClass)
                .containsExactly(PrepFormRequested.class, PrepFormMissed.class, PrepFormSubmitted.class);
        assertThat(((PrepFormSubmitted) events.get(2)).late()).isTrue();
    }

    private static JsonNode awaitForm(Api api, SessionScenario session, String status) {
        return await().atMost(PATIENCE)
                .until(
                        () -> {
                            HttpResponse<String> response = api.get(session.formPath());
                            return response.statusCode() == 200 ? Api.json(response) : null;
                        },
                        view -> view != null && view.path("status").asString().equals(status));
    }

    /** What the event store holds for the form: the truth the publisher works through. */
    private List<Class<?>> storedEvents(SessionScenario session) {
        List<Class<?>> types = new ArrayList<>();
        eventStore
                .readEvents(new PrepFormKey(session.orgId(), session.prepFormId()).toString())
                .forEachRemaining(message -> types.add(message.getPayloadType()));
        return types;
    }

    /**
     * Waits until everything published about this session so far has been consumed: a form requested
     * for the client's next session, whose record shares the partition and so comes after them.
     */
    private static void processedUpTo(Api api, SessionScenario session) {
        SessionScenario marker = session.nextSession();
        kafka.publish(marker.scheduled());
        awaitForm(api, marker, "REQUESTED");
        awaitFormEvents(marker, 1);
    }

    private static List<PrepFormEvent> formEvents(SessionScenario session) {
        return kafka.events(Topics.PREP_FORMS, session.orgId()).stream()
                .map(envelope -> (PrepFormEvent) envelope.event())
                .filter(event -> event.prepFormId().equals(session.prepFormId()))
                .toList();
    }

    private static List<PrepFormEvent> awaitFormEvents(SessionScenario session, int count) {
        return await().atMost(PATIENCE).until(() -> formEvents(session), events -> events.size() >= count);
    }
}
