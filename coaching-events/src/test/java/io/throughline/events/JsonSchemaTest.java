package io.throughline.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class JsonSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final CoachingEventCodec codec = new CoachingEventCodec();

    @ParameterizedTest
    @EnumSource(CoachingEventType.class)
    void anExampleOfEveryTypeValidatesAgainstItsSchema(CoachingEventType type) {
        assertThat(validate(type, example(type))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CoachingEventType.class)
    void theSchemaDescribesExactlyTheFieldsOfTheRecord(CoachingEventType type) {
        Set<String> components = new HashSet<>();
        for (RecordComponent component : type.eventClass().getRecordComponents()) {
            components.add(component.getName());
        }
        Set<String> properties = new HashSet<>();
        schemaJson(type).get("properties").fieldNames().forEachRemaining(properties::add);

        assertThat(properties).isEqualTo(components);
        assertThat(schemaJson(type).get("title").asText()).isEqualTo(type.type());
    }

    static Stream<Arguments> brokenExamples() {
        return Stream.of(
                broken(CoachingEventType.SESSION_SCHEDULED, "without its clientId", data -> data.remove("clientId")),
                broken(
                        CoachingEventType.SESSION_SCHEDULED,
                        "with plannedMinutes as text",
                        data -> data.put("plannedMinutes", "sixty")),
                broken(
                        CoachingEventType.SESSION_SCHEDULED,
                        "with plannedMinutes over 480",
                        data -> data.put("plannedMinutes", 481)),
                broken(
                        CoachingEventType.SESSION_STARTED,
                        "with an occurredAt that is no timestamp",
                        data -> data.put("occurredAt", "yesterday")),
                broken(
                        CoachingEventType.SESSION_CHECKED_IN,
                        "with an unknown readiness",
                        data -> data.put("readiness", "SLEEPY")),
                broken(
                        CoachingEventType.TOPIC_SHIFTED,
                        "with an illegal shiftId",
                        data -> data.put("shiftId", "shift 1/2")),
                broken(
                        CoachingEventType.SESSION_RE_CONTRACTED,
                        "with an unknown outcome",
                        data -> data.put("outcome", "IGNORE")),
                broken(
                        CoachingEventType.SESSION_ENDED,
                        "with free text over 2,000 characters",
                        data -> data.put("clientFeedback", "x".repeat(2001))),
                broken(
                        CoachingEventType.PREP_FORM_SUBMITTED,
                        "without a sessionIntent",
                        data -> ((ObjectNode) data.get("answers")).remove("sessionIntent")),
                broken(
                        CoachingEventType.PREP_FORM_MISSED,
                        "with a null prepFormId",
                        data -> data.putNull("prepFormId")));
    }

    @ParameterizedTest(name = "{0} {1} is rejected")
    @MethodSource("brokenExamples")
    void aBrokenExampleDoesNotValidate(CoachingEventType type, String how, Consumer<ObjectNode> breakIt) {
        ObjectNode data = example(type);
        breakIt.accept(data);

        assertThat(validate(type, data)).isNotEmpty();
    }

    private static Arguments broken(CoachingEventType type, String how, Consumer<ObjectNode> breakIt) {
        return Arguments.of(type, how, breakIt);
    }

    private ObjectNode example(CoachingEventType type) {
        try {
            return (ObjectNode)
                    MAPPER.readTree(codec.toJson(EventMother.example(type).event()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<ValidationMessage> validate(CoachingEventType type, JsonNode data) {
        try (InputStream schema = schemaStream(type)) {
            JsonSchema jsonSchema = FACTORY.getSchema(schema, CONFIG);
            return jsonSchema.validate(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schemaJson(CoachingEventType type) {
        try (InputStream schema = schemaStream(type)) {
            return MAPPER.readTree(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream schemaStream(CoachingEventType type) {
        InputStream stream =
                JsonSchemaTest.class.getResourceAsStream("/coaching-events/schemas/" + type.type() + ".json");
        assertThat(stream).as("schema of " + type.type() + " in the jar").isNotNull();
        return stream;
    }
}
