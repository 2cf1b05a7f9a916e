package io.throughline.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codec reads the common record in one pass of its own and anything else through the SDK: for
 * every record here, what it reads itself is what the SDK's binary-mode reader gives, and where the
 * SDK refuses a record, the codec's own pass declines it rather than reading it differently.
 */
class BinaryModeReadingTest {

    private static final CoachingEventCodec CODEC = new CoachingEventCodec();

    static Stream<Arguments> records() {
        ProducerRecord<String, byte[]> written = CODEC.toRecord(EventMother.example(CoachingEventType.TOPIC_SHIFTED));
        byte[] value = written.value();
        return Stream.of(
                        variant("as written", written, headers -> {}),
                        variant(
                                "another extension",
                                written,
                                headers -> headers.add("ce_traceparent", bytes("00-0af7-b7ad-01"))),
                        variant(
                                "a header that is not CloudEvents'",
                                written,
                                headers -> headers.add("trace", bytes("x"))),
                        variant(
                                "the id twice, the last counts",
                                written,
                                headers -> headers.add("ce_id", bytes("second-id"))),
                        variant("spec version 0.3", written, headers -> replace(headers, "ce_specversion", "0.3")),
                        variant("spec version 2.0", written, headers -> replace(headers, "ce_specversion", "2.0")),
                        variant("no spec version", written, headers -> headers.remove("ce_specversion")),
                        variant(
                                "an attribute name in upper case",
                                written,
                                headers -> headers.add("ce_Room", bytes("blue"))),
                        variant("the id under an upper-case name", written, headers -> {
                            headers.remove("ce_id");
                            headers.add("ce_ID", bytes("upper-id"));
                        }),
                        variant(
                                "structured-mode content type",
                                written,
                                headers -> replace(headers, "content-type", "application/cloudevents+json")),
                        variant(
                                "unknown structured format",
                                written,
                                headers -> replace(headers, "content-type", "application/cloudevents+yaml")),
                        variant(
                                "another content type",
                                written,
                                headers -> replace(headers, "content-type", "text/plain")),
                        variant("a header without a value", written, headers -> headers.add("ce_subject", null)),
                        variant("a bare ce_ header", written, headers -> headers.add("ce_", bytes("nothing"))),
                        variant("no id", written, headers -> headers.remove("ce_id")),
                        variant("no type", written, headers -> headers.remove("ce_type")),
                        variant("a source that is no URI", written, headers -> replace(headers, "ce_source", "a b")),
                        variant("a time that is no time", written, headers -> replace(headers, "ce_time", "noon")),
                        variant(
                                "an extension name CloudEvents forbids",
                                written,
                                headers -> headers.add("ce_room-name", bytes("x"))),
                        variant("no sequence", written, headers -> headers.remove("ce_sequence")))
                .map(variant -> Arguments.of(variant, value));
    }

    @ParameterizedTest
    @MethodSource("records")
    void readsEveryRecordAsTheSdkDoesOrLeavesItToTheSdk(RecordHeaders headers, byte[] value) {
        BinaryModeAttributes plain = BinaryModeAttributes.readPlain(headers, value);
        BinaryModeAttributes sdk;
        try {
            sdk = CoachingEventCodec.readThroughSdk(headers, value);
        } catch (UndecodableEventException refused) {
            assertThat(plain).as("a record the SDK refuses").isNull();
            return;
        }
        if (plain != null) {
            assertThat(List.of(
                            plain.id(),
                            plain.type(),
                            String.valueOf(plain.sequence()),
                            new String(plain.data(), UTF_8)))
                    .isEqualTo(List.of(
                            sdk.id(), sdk.type(), String.valueOf(sdk.sequence()), new String(sdk.data(), UTF_8)));
        }
    }

    @Test
    void readsEveryRecordTheCodecWritesItself() {
        assertThat(EventMother.everyType()).allSatisfy(envelope -> {
            ProducerRecord<String, byte[]> record = CODEC.toRecord(envelope);
            assertThat(BinaryModeAttributes.readPlain(record.headers(), record.value()))
                    .isNotNull();
            assertThat(CODEC.fromRecord(record.headers(), record.value())).isEqualTo(envelope);
        });
    }

    @Test
    void aRecordWithoutDataIsReadAsOneWithoutData() {
        ProducerRecord<String, byte[]> record = CODEC.toRecord(EventMother.example(CoachingEventType.SESSION_STARTED));

        assertThat(BinaryModeAttributes.readPlain(record.headers(), new byte[0]).data())
                .isNull();
        assertThat(CoachingEventCodec.readThroughSdk(record.headers(), new byte[0])
                        .data())
                .isNull();
        assertThatExceptionOfType(UndecodableEventException.class)
                .isThrownBy(() -> CODEC.fromRecord(record.headers(), new byte[0]))
                .withMessageContaining("has no data");
    }

    @Test
    void theLastOfTwoHeadersCountsAsWithTheSdk() {
        ProducerRecord<String, byte[]> record = CODEC.toRecord(EventMother.example(CoachingEventType.SESSION_STARTED));
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add("ce_id", bytes("second-id"));

        assertThat(BinaryModeAttributes.readPlain(headers, record.value()).id()).isEqualTo("second-id");
        assertThat(CoachingEventCodec.readThroughSdk(headers, record.value()).id())
                .isEqualTo("second-id");
    }

    private static Named<RecordHeaders> variant(
            String name, ProducerRecord<String, byte[]> written, Consumer<RecordHeaders> change) {
        RecordHeaders headers = new RecordHeaders(written.headers().toArray());
        change.accept(headers);
        return Named.of(name, headers);
    }

    private static void replace(RecordHeaders headers, String key, String value) {
        headers.remove(key);
        headers.add(key, bytes(value));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }
}
