package io.throughline.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.throughline.platform.rules.Rule;
import java.util.Arrays;

/**
 * The problem answers in a service's OpenAPI document, the same in every service: one {@value #SCHEMA} schema, whose
 * {@code rule} lists the rules a 409 can name, and answers that refer to it. For the services that publish their
 * document with springdoc (an optional dependency here).
 */
public final class ProblemDocumentation {

    public static final String SCHEMA = "Problem";
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemDocumentation() {}

    /**
     * Adds the {@value #SCHEMA} schema to the document. Call it from an {@code OpenApiCustomizer}: springdoc drops
     * schemas nothing refers to before customizers run.
     *
     * @param rules every rule a 409 of the service can name, e.g. {@code SessionRule.values()}
     */
    public static void addSchema(OpenAPI api, Rule[]... rules) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents()
                .addSchemas(
                        SCHEMA,
                        new ObjectSchema()
                                .description("RFC 9457 problem details")
                                .addProperty("type", new StringSchema())
                                .addProperty("title", new StringSchema())
                                .addProperty("status", new IntegerSchema())
                                .addProperty("detail", new StringSchema())
                                .addProperty("instance", new StringSchema())
                                .addProperty(Problems.RULE, ruleSchema(rules))
                                .addProperty(
                                        Problems.ERRORS,
                                        new ArraySchema()
                                                .description("400: each invalid field")
                                                .items(new ObjectSchema()
                                                        .addProperty("field", new StringSchema())
                                                        .addProperty("message", new StringSchema()))));
    }

    /** A problem+json answer with the {@value #SCHEMA} schema. */
    public static ApiResponse answer(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                MEDIA_TYPE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
    }

    private static Schema<?> ruleSchema(Rule[]... rules) {
        StringSchema rule = new StringSchema();
        rule.setEnum(
                Arrays.stream(rules).flatMap(Arrays::stream).map(Rule::name).toList());
        return rule.description("409: the rule the request broke, named in UPPER_SNAKE_CASE like every enumerated"
                + " value of the API (the same style in every Throughline service); stable, so a client may branch"
                + " on it. Absent when the 409 is a concurrent change that outlived the retries.");
    }
}
