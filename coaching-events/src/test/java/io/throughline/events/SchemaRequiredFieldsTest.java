package io.throughline.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each schema requires exactly the fields API.md's event table lists for its type (and {@code orgId},
 * {@code clientId}, {@code occurredAt}, which all carry); a field added after v1 is a compatible addition and
 * stays optional. Read from {@code ../shared/API.md} itself, so the contract and the schemas cannot drift apart.
 */
class SchemaRequiredFieldsTest {

    private static final Pattern ROW =
            Pattern.compile("^\\| `(coaching\\.[a-z.-]+)` \\| ([^|]+) \\|$", Pattern.MULTILINE);
    private static final Set<String> CARRIED_BY_ALL = Set.of("orgId", "clientId", "occurredAt");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Map<String, Set<String>> contract;

    @BeforeAll
    static void readTheContract() throws IOException {
        Path api = Path.of("")
                .toAbsolutePath()
                .getParent()
                .resolveSibling("shared")
                .resolve("API.md");
        assertThat(api).as("API.md beside the project (../shared/API.md)").exists();
        contract = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(api));
        while (row.find()) {
            Set<String> fields = Arrays.stream(
                            row.group(2).replaceAll("\\(.*?\\)", "").split(","))
                    .map(field -> field.replace("`", "").strip())
                    .collect(Collectors.toCollection(HashSet::new));
            fields.addAll(CARRIED_BY_ALL);
            contract.put(row.group(1), fields);
        }
        assertThat(contract).as("event types in API.md's table").hasSize(CoachingEventType.values().length);
    }

    @ParameterizedTest
    @EnumSource(CoachingEventType.class)
    void aSchemaRequiresExactlyWhatApiMdLists(CoachingEventType type) throws IOException {
        Set<String> required = new HashSet<>();
        try (InputStream schema = getClass().getResourceAsStream("/coaching-events/schemas/" + type.type() + ".json")) {
            JsonNode json = MAPPER.readTree(schema);
            json.path("required").forEach(field -> required.add(field.asText()));
        }
        assertThat(required).as(type.type()).isEqualTo(contract.get(type.type()));
    }
}
