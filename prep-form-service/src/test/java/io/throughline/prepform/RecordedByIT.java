package io.throughline.prepform;

import static io.throughline.prepform.FormFixtures.ANSWERS;
import static io.throughline.prepform.FormFixtures.PATIENCE;
import static io.throughline.prepform.FormFixtures.assertOk;
import static io.throughline.prepform.KafkaTopics.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.throughline.events.Topics;
import io.throughline.platform.commands.RecordedBy;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.TestIssuer;
import io.throughline.prepform.command.EventMetaData;
import io.throughline.prepform.command.PrepFormKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who recorded each stored event is in the event store's metadata: the subject of the token of the request
 * that caused it, none for events caused by Kafka records; and it stays out of the published records.
 */
@PrepFormServiceIT
class RecordedByIT {

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
    void keepsTheSubjectOfTheTokenThatCausedEachEvent() {
        SessionScenario session = SessionScenario.fresh("recorded-by");
        Api platform = new Api(port);
        FormFixtures fixtures = new FormFixtures(platform, kafka);
        fixtures.requested(session);
        assertOk(fixtures.asClient(session).put(session.formPath() + "/answers", "{\"answers\":" + ANSWERS + "}"));
        assertOk(platform.as(TestIssuer.get().orgAdmin(session.orgId())).post(session.formPath() + "/submit", ""));

        List<DomainEventMessage<?>> events = storedEvents(session);

        assertThat(events)
                .extracting(DomainEventMessage::getPayloadType)
                .extracting(Class::getSimpleName)
                .containsExactly("PrepFormRequested", "AnswersUpdated", "PrepFormSubmitted");
        assertThat(events.get(0).getMetaData())
                .doesNotContainKey(RecordedBy.METADATA_KEY)
                .containsEntry(EventMetaData.COACH_ID, session.coachId());
        assertThat(events.get(1).getMetaData()).containsEntry(RecordedBy.METADATA_KEY, "client:" + session.clientId());
        assertThat(events.get(2).getMetaData()).containsEntry(RecordedBy.METADATA_KEY, "admin@" + session.orgId());

        List<ConsumerRecord<String, byte[]>> published = await().atMost(PATIENCE)
                .until(
                        () -> kafka.read(
                                Topics.PREP_FORMS,
                                record -> session.prepFormId().equals(header(record, "ce_subject"))),
                        records -> records.size() >= 2);
        assertThat(published)
                .allSatisfy(record -> assertThat(
                                StreamSupport.stream(record.headers().spliterator(), false)
                                        .map(h -> h.key().toLowerCase()))
                        .noneMatch(key -> key.contains("recorded") || key.contains("coach")));
        assertThat(published)
                .allSatisfy(record -> assertThat(new String(record.value()))
                        .doesNotContain("client:" + session.clientId())
                        .doesNotContain("admin@"));
    }

    private List<DomainEventMessage<?>> storedEvents(SessionScenario session) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore
                .readEvents(new PrepFormKey(session.orgId(), session.prepFormId()).toString())
                .forEachRemaining(events::add);
        return events;
    }
}
