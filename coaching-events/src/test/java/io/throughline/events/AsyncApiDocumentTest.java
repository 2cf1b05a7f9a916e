package io.throughline.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AsyncApiDocumentTest {

    /** The {@code ce_type} table of API.md, "Events on Kafka". */
    private static final Set<String> API_MD_TYPES = Set.of(
            "coaching.session.scheduled",
            "coaching.session.started",
            "coaching.session.checked-in",
            "coaching.session.contracted",
            "coaching.session.topic-shifted",
            "coaching.session.re-contracted",
            "coaching.session.piece-completed",
            "coaching.session.ended",
            "coaching.session.cancelled",
            "coaching.prep-form.requested",
            "coaching.prep-form.submitted",
            "coaching.prep-form.missed");

    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream yaml = AsyncApiDocumentTest.class.getResourceAsStream("/coaching-events/asyncapi.yaml")) {
            assertThat(yaml).as("asyncapi.yaml in the jar").isNotNull();
            document = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        }
    }

    @Test
    void isAnAsyncApi3DocumentForBothTopics() {
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.path("channels").path("sessions").path("address").asText())
                .isEqualTo(Topics.SESSIONS);
        assertThat(document.path("channels").path("prepForms").path("address").asText())
                .isEqualTo(Topics.PREP_FORMS);
    }

    @Test
    void namesEveryEventTypeOfApiMd() {
        assertThat(messageNames()).containsExactlyInAnyOrderElementsOf(API_MD_TYPES);
        assertThat(Arrays.stream(CoachingEventType.values())
                        .map(CoachingEventType::type)
                        .toList())
                .containsExactlyInAnyOrderElementsOf(API_MD_TYPES);
    }

    @Test
    void everyMessageIsOnTheChannelOfItsTopicAndPointsAtItsShippedSchema() {
        for (CoachingEventType type : CoachingEventType.values()) {
            String channel = type.topic().equals(Topics.SESSIONS) ? "sessions" : "prepForms";
            JsonNode channelMessages = document.path("channels").path(channel).path("messages");
            List<String> refs = new ArrayList<>();
            channelMessages.forEach(ref -> refs.add(ref.path("$ref").asText()));
            JsonNode message = messageOf(type.type());

            assertThat(refs)
                    .as(type.type() + " on channel " + channel)
                    .anyMatch(ref -> resolve(ref).equals(message));
            String schemaRef =
                    message.path("payload").path("schema").path("$ref").asText();
            assertThat(schemaRef).isEqualTo("./schemas/" + type.type() + ".json");
            assertThat(getClass().getResource("/coaching-events/" + schemaRef.substring(2)))
                    .as(schemaRef)
                    .isNotNull();
            assertThat(message.path("headers")
                            .path("allOf")
                            .get(1)
                            .path("properties")
                            .path("ce_type")
                            .path("const")
                            .asText())
                    .isEqualTo(type.type());
            assertThat(message.path("headers")
                            .path("allOf")
                            .get(1)
                            .path("properties")
                            .path("ce_source")
                            .path("const")
                            .asText())
                    .isEqualTo(type.source().toString());
        }
    }

    @Test
    void declaresEveryHeaderOfTheBinaryMode() {
        JsonNode headers = document.path("components").path("schemas").path("cloudEventHeaders");
        List<String> required = new ArrayList<>();
        headers.path("required").forEach(node -> required.add(node.asText()));

        assertThat(required)
                .containsExactlyInAnyOrder(
                        "ce_specversion",
                        "ce_id",
                        "ce_source",
                        "ce_type",
                        "ce_time",
                        "ce_subject",
                        "content-type",
                        "ce_orgid",
                        "ce_clientid",
                        "ce_sequence");
    }

    @Test
    void theTypesOfTheSharedApiMdAreTheOnesThisTestKnows() throws IOException {
        Path apiMd = Path.of("..", "..", "shared", "API.md");
        Assumptions.assumeTrue(
                Files.exists(apiMd), "../shared/API.md is not beside the project; checked against the copy above");
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("^\\| `(coaching\\.[a-z-]+\\.[a-z-]+)` \\|", Pattern.MULTILINE)
                .matcher(Files.readString(apiMd));
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        assertThat(found).isEqualTo(new TreeSet<>(API_MD_TYPES));
    }

    private static List<String> messageNames() {
        List<String> names = new ArrayList<>();
        document.path("components")
                .path("messages")
                .forEach(message -> names.add(message.path("name").asText()));
        return names;
    }

    private static JsonNode messageOf(String type) {
        for (JsonNode message : document.path("components").path("messages")) {
            if (message.path("name").asText().equals(type)) {
                return message;
            }
        }
        throw new AssertionError("no message named " + type);
    }

    private static JsonNode resolve(String ref) {
        JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }
}
