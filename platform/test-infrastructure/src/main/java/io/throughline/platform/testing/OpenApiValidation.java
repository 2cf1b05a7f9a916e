package io.throughline.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an OpenAPI 3.1 document as outside tools read it: with swagger-parser (the swagger-api project's parser,
 * which reports what it cannot read) and against the OpenAPI Initiative's JSON Schema of 3.1 documents (which
 * catches what the parser lets pass, such as a header with neither {@code schema} nor {@code content}). Answers
 * every problem found; empty when the document is valid.
 */
public final class OpenApiValidation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema OAS_3_1 = load();

    private OpenApiValidation() {}

    public static List<String> problems(String document) {
        List<String> problems = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(document, null, options);
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(message -> problems.add("swagger-parser: " + message));
        }
        try {
            JsonNode json = JSON.readTree(document);
            if (!json.path("openapi").asText().startsWith("3.1.")) {
                problems.add("not an OpenAPI 3.1 document: openapi = " + json.path("openapi"));
            } else {
                for (ValidationMessage message : OAS_3_1.validate(json)) {
                    problems.add("OpenAPI 3.1 schema: " + message.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add("not JSON: " + e.getMessage());
        }
        return problems;
    }

    private static JsonSchema load() {
        try (InputStream schema = OpenApiValidation.class.getResourceAsStream("/openapi/3.1/schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
