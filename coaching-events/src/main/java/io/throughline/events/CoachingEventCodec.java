package io.throughline.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * The mapping between events and their wire forms: Kafka records in CloudEvents binary mode (headers
 * {@code ce_*}, value = the event data as JSON, key = {@code clientId}) and structured-mode CloudEvents
 * JSON. Thread-safe.
 */
public final class CoachingEventCodec {

    public static final String DATA_CONTENT_TYPE = "application/json";
    public static final String ORG_ID = "orgid";
    public static final String CLIENT_ID = "clientid";
    public static final String SEQUENCE = "sequence";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();
    private static final Map<CoachingEventType, ObjectReader> READERS = readers();

    private final JsonFormat structured = new JsonFormat();

    public ProducerRecord<String, byte[]> toRecord(EventEnvelope envelope) {
        CoachingEvent event = envelope.event();
        return KafkaMessageFactory.createWriter(envelope.type().topic(), event.clientId())
                .writeBinary(toCloudEvent(envelope));
    }

    public EventEnvelope fromRecord(ConsumerRecord<?, byte[]> record) {
        return fromRecord(record.headers(), record.value());
    }

    /** Reads the record with the CloudEvents SDK's binary-mode reader. */
    public EventEnvelope fromRecord(Headers headers, byte[] value) {
        CloudEvent cloudEvent;
        try {
            cloudEvent = KafkaMessageFactory.createReader(headers, value).toEvent();
        } catch (CloudEventRWException | IllegalStateException | IllegalArgumentException e) {
            throw new UndecodableEventException("Not a CloudEvents binary-mode record: " + e.getMessage(), e);
        }
        return fromCloudEvent(cloudEvent);
    }

    public CloudEvent toCloudEvent(EventEnvelope envelope) {
        CoachingEvent event = envelope.event();
        CoachingEventType type = envelope.type();
        return CloudEventBuilder.v1()
                .withId(envelope.id())
                .withSource(type.source())
                .withType(type.type())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withSubject(event.subject())
                .withDataContentType(DATA_CONTENT_TYPE)
                .withExtension(ORG_ID, event.orgId())
                .withExtension(CLIENT_ID, event.clientId())
                .withExtension(SEQUENCE, Long.toString(envelope.sequence()))
                .withData(toJson(event))
                .build();
    }

    public EventEnvelope fromCloudEvent(CloudEvent cloudEvent) {
        Object sequence = cloudEvent.getExtension(SEQUENCE);
        return toEnvelope(
                cloudEvent.getId(),
                cloudEvent.getType(),
                sequence == null ? null : sequence.toString(),
                cloudEvent.getData() == null ? null : cloudEvent.getData().toBytes());
    }

    /** The event as one structured-mode CloudEvents JSON object, its data inline as JSON. */
    public byte[] toStructuredJson(EventEnvelope envelope) {
        return structured.serialize(toCloudEvent(envelope));
    }

    public EventEnvelope fromStructuredJson(byte[] json) {
        try {
            return fromCloudEvent(structured.deserialize(json));
        } catch (CloudEventRWException | IllegalArgumentException e) {
            throw new UndecodableEventException("Not a structured-mode CloudEvent: " + e.getMessage(), e);
        }
    }

    /** The event data as the JSON of the contract. */
    public byte[] toJson(CoachingEvent event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + event, e);
        }
    }

    public CoachingEvent fromJson(CoachingEventType type, byte[] json) {
        CoachingEvent event;
        try {
            event = READERS.get(type).readValue(json);
        } catch (JsonProcessingException e) {
            throw new UndecodableEventException(
                    "Data of a " + type.type() + " event is not valid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UndecodableEventException(
                    "Data of a " + type.type() + " event is not readable: " + e.getMessage(), e);
        }
        requirePresent(type, "orgId", event.orgId());
        requirePresent(type, "clientId", event.clientId());
        requirePresent(type, "subject", event.subject());
        requirePresent(type, "occurredAt", event.occurredAt());
        return event;
    }

    private EventEnvelope toEnvelope(String id, String typeName, String sequence, byte[] data) {
        CoachingEventType type =
                CoachingEventType.ofType(typeName).orElseThrow(() -> new UnknownEventTypeException(typeName));
        if (data == null) {
            throw new UndecodableEventException("Event " + id + " of type " + type.type() + " has no data");
        }
        CoachingEvent event = fromJson(type, data);
        return new EventEnvelope(id, sequenceOf(id, sequence), event);
    }

    private static long sequenceOf(String id, String sequence) {
        if (sequence == null) {
            throw new UndecodableEventException("Event " + id + " has no sequence extension");
        }
        try {
            long value = Long.parseLong(sequence);
            if (value < 0) {
                throw new NumberFormatException("negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UndecodableEventException("Event " + id + " has an invalid sequence '" + sequence + "'", e);
        }
    }

    private static Map<CoachingEventType, ObjectReader> readers() {
        Map<CoachingEventType, ObjectReader> readers = new EnumMap<>(CoachingEventType.class);
        for (CoachingEventType type : CoachingEventType.values()) {
            readers.put(type, JSON.readerFor(type.eventClass()));
        }
        return readers;
    }

    private static void requirePresent(CoachingEventType type, String field, Object value) {
        if (value == null) {
            throw new UndecodableEventException("Data of a " + type.type() + " event has no " + field);
        }
    }
}
