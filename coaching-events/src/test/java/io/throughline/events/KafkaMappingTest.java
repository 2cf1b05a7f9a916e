package io.throughline.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KafkaMappingTest {

    private final CoachingEventCodec codec = new CoachingEventCodec();

    static Stream<EventEnvelope> everyType() {
        return EventMother.everyType().stream();
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void roundTripsThroughAKafkaRecordUnchanged(EventEnvelope envelope) {
        ProducerRecord<String, byte[]> record = codec.toRecord(envelope);

        assertThat(codec.fromRecord(received(record))).isEqualTo(envelope);
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void writesTheBinaryModeHeadersOfTheContract(EventEnvelope envelope) {
        ProducerRecord<String, byte[]> record = codec.toRecord(envelope);
        CoachingEvent event = envelope.event();

        assertThat(record.topic()).isEqualTo(envelope.type().topic());
        assertThat(record.key()).isEqualTo(event.clientId());
        assertThat(headers(record))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "ce_specversion", "1.0",
                        "ce_id", envelope.id(),
                        "ce_source", envelope.type().source().toString(),
                        "ce_type", envelope.type().type(),
                        "ce_time", event.occurredAt().toString(),
                        "ce_subject", event.subject(),
                        "content-type", "application/json",
                        "ce_orgid", event.orgId(),
                        "ce_clientid", event.clientId(),
                        "ce_sequence", Long.toString(envelope.sequence())));
        assertThat(new String(record.value(), UTF_8)).startsWith("{\"").contains("\"orgId\":\"" + event.orgId() + "\"");
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void roundTripsThroughStructuredJsonUnchanged(EventEnvelope envelope) {
        byte[] json = codec.toStructuredJson(envelope);

        assertThat(new String(json, UTF_8))
                .contains(
                        "\"specversion\":\"1.0\"",
                        "\"type\":\"" + envelope.type().type() + "\"",
                        "\"data\":{");
        assertThat(codec.fromStructuredJson(json)).isEqualTo(envelope);
    }

    @Test
    void sessionEventsGoToTheSessionsTopicAndPrepFormEventsToThePrepFormsTopic() {
        assertThat(Arrays.stream(CoachingEventType.values())
                        .collect(Collectors.groupingBy(
                                CoachingEventType::topic,
                                Collectors.mapping(CoachingEventType::type, Collectors.toSet()))))
                .containsOnlyKeys(Topics.SESSIONS, Topics.PREP_FORMS)
                .allSatisfy((topic, types) -> assertThat(types)
                        .allMatch(type -> type.startsWith(
                                topic.equals(Topics.SESSIONS) ? "coaching.session." : "coaching.prep-form.")));
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsUndecodable() {
        ConsumerRecord<String, byte[]> record =
                new ConsumerRecord<>(Topics.SESSIONS, 0, 0, "coachee-1", "{}".getBytes(UTF_8));

        assertThatExceptionOfType(UndecodableEventException.class).isThrownBy(() -> codec.fromRecord(record));
    }

    @Test
    void dataThatIsNotJsonIsUndecodable() {
        ProducerRecord<String, byte[]> record = codec.toRecord(EventMother.example(CoachingEventType.SESSION_STARTED));

        assertThatExceptionOfType(UndecodableEventException.class)
                .isThrownBy(() -> codec.fromRecord(record.headers(), "not json".getBytes(UTF_8)));
    }

    @Test
    void dataWithoutItsOrgIdIsUndecodable() {
        ProducerRecord<String, byte[]> record = codec.toRecord(EventMother.example(CoachingEventType.SESSION_STARTED));
        String withoutOrg = new String(record.value(), UTF_8).replace("\"orgId\":\"demo\",", "");

        assertThatExceptionOfType(UndecodableEventException.class)
                .isThrownBy(() -> codec.fromRecord(record.headers(), withoutOrg.getBytes(UTF_8)))
                .withMessageContaining("orgId");
    }

    @Test
    void aMissingOrInvalidSequenceIsUndecodable() {
        ProducerRecord<String, byte[]> record = codec.toRecord(EventMother.example(CoachingEventType.SESSION_STARTED));
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.remove("ce_sequence");
        headers.add("ce_sequence", "-1".getBytes(UTF_8));

        assertThatExceptionOfType(UndecodableEventException.class)
                .isThrownBy(() -> codec.fromRecord(headers, record.value()))
                .withMessageContaining("sequence");
    }

    @Test
    void anUnknownTypeIsReportedAsUnknownNotUndecodable() {
        ProducerRecord<String, byte[]> record = codec.toRecord(EventMother.example(CoachingEventType.SESSION_STARTED));
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.remove("ce_type");
        headers.add("ce_type", "coaching.session.paused".getBytes(UTF_8));

        assertThatExceptionOfType(UnknownEventTypeException.class)
                .isThrownBy(() -> codec.fromRecord(headers, record.value()))
                .satisfies(e -> assertThat(e.type()).isEqualTo("coaching.session.paused"));
    }

    @Test
    void unknownDataFieldsAreIgnoredSoThatAddingAFieldIsCompatible() {
        ProducerRecord<String, byte[]> record = codec.toRecord(EventMother.example(CoachingEventType.SESSION_STARTED));
        String withExtraField = new String(record.value(), UTF_8).replaceFirst("\\{", "{\"room\":\"blue\",");

        assertThat(codec.fromRecord(record.headers(), withExtraField.getBytes(UTF_8)))
                .isEqualTo(EventMother.example(CoachingEventType.SESSION_STARTED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_id", "ce_source", "ce_type"})
    void aRecordWithoutARequiredAttributeIsUndecodable(String header) {
        ProducerRecord<String, byte[]> record = codec.toRecord(EventMother.example(CoachingEventType.SESSION_STARTED));
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.remove(header);

        assertThatExceptionOfType(UndecodableEventException.class)
                .isThrownBy(() -> codec.fromRecord(headers, record.value()))
                .withMessageContaining(header.substring("ce_".length()));
    }

    @ParameterizedTest
    @CsvSource({
        "ce_time, yesterday",
        "ce_time, 2026-11-23T25:00:00Z",
        "ce_source, a source with spaces",
        "ce_dataschema, ::"
    })
    void aRecordWithAMalformedAttributeIsUndecodable(String header, String value) {
        ProducerRecord<String, byte[]> record = codec.toRecord(EventMother.example(CoachingEventType.SESSION_STARTED));

        assertThatExceptionOfType(UndecodableEventException.class)
                .isThrownBy(() -> codec.fromRecord(replaced(record, header, value), record.value()));
    }

    @Test
    void aRecordWithAnExtensionNameCloudEventsForbidsIsUndecodable() {
        ProducerRecord<String, byte[]> record = codec.toRecord(EventMother.example(CoachingEventType.SESSION_STARTED));
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add("ce_room-name", "blue".getBytes(UTF_8));

        assertThatExceptionOfType(UndecodableEventException.class)
                .isThrownBy(() -> codec.fromRecord(headers, record.value()));
    }

    @Test
    void acceptsATimeWithAnOffsetAndAnyExtension() {
        EventEnvelope envelope = EventMother.example(CoachingEventType.SESSION_STARTED);
        ProducerRecord<String, byte[]> record = codec.toRecord(envelope);
        RecordHeaders headers = replaced(record, "ce_time", "2026-11-23T11:00:00.250+01:00");
        headers.add("ce_traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(UTF_8));

        assertThat(codec.fromRecord(headers, record.value())).isEqualTo(envelope);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-23T10:00:00.5Z         | 2026-11-23T10:00:00.500Z",
                "2026-11-23T10:00:00.123456789Z | 2026-11-23T10:00:00.123456789Z",
                "2026-11-23T11:00:00+01:00      | 2026-11-23T10:00:00Z",
                "2026-11-23T10:00:00z           | 2026-11-23T10:00:00Z",
                "1795428000                     | 2026-11-23T10:00:00Z"
            })
    void readsEveryTimestampFormJacksonReads(String written, String expected) {
        ProducerRecord<String, byte[]> record = codec.toRecord(EventMother.example(CoachingEventType.SESSION_STARTED));
        String json = new String(record.value(), UTF_8)
                .replace("\"2026-11-23T10:00:00Z\"", written.matches("\\d+") ? written : "\"" + written + "\"");

        assertThat(codec.fromRecord(record.headers(), json.getBytes(UTF_8))
                        .event()
                        .occurredAt())
                .isEqualTo(Instant.parse(expected));
    }

    @Test
    void aTimestampThatIsNoDateIsUndecodable() {
        ProducerRecord<String, byte[]> record = codec.toRecord(EventMother.example(CoachingEventType.SESSION_STARTED));
        String json = new String(record.value(), UTF_8).replace("2026-11-23T10:00:00Z", "2026-02-30T10:00:00Z");

        assertThatExceptionOfType(UndecodableEventException.class)
                .isThrownBy(() -> codec.fromRecord(record.headers(), json.getBytes(UTF_8)));
    }

    private static RecordHeaders replaced(ProducerRecord<String, byte[]> record, String header, String value) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.remove(header);
        headers.add(header, value.getBytes(UTF_8));
        return headers;
    }

    private static ConsumerRecord<String, byte[]> received(ProducerRecord<String, byte[]> sent) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(sent.topic(), 0, 42L, sent.key(), sent.value());
        sent.headers().forEach(header -> record.headers().add(header));
        return record;
    }

    private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        return Arrays.stream(record.headers().toArray())
                .collect(Collectors.toMap(Header::key, header -> new String(header.value(), UTF_8)));
    }
}
