package io.throughline.platform.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The serializer of stored events, snapshots and tokens: JSON, timestamps as ISO-8601 strings, and
 * tolerant of fields it doesn't know, so an event stored by a newer version still reads.
 */
public final class JsonEventSerializer {

    private JsonEventSerializer() {}

    public static JacksonSerializer create() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(new AnnotationRevisionResolver())
                .lenientDeserialization()
                .build();
    }
}
