package io.throughline.prepform.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** The OpenAPI document at {@code /v3/api-docs}, with the problem+json answers every operation can give. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";
    private static final String BEARER = "bearer";
    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Malformed or invalid: 'errors' names each invalid field",
            "401", "No bearer token, or one refused (expired, another issuer, a bad signature)",
            "403", "Another organisation's path, a role that may not use this endpoint, or a form for another client",
            "404", "No such form in this organisation, or one the caller may not see",
            "409", "A rule of the form ('rule' names it) or a concurrent change",
            "503", "The database is unavailable");
    private static final Map<String, String> BODY_PROBLEMS = Map.of(
            "413", "Body over 64 KiB",
            "415", "Body not JSON");

    @Bean
    OpenAPI prepFormApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("prep-form-service")
                        .version("v1")
                        .description("The client's preparation form for a coaching session. A session has one form:"
                                + " requested when the session is scheduled, filled in and submitted by the client,"
                                + " missed when the session starts first. Its events are published on"
                                + " coaching.prep-forms.v1 (see the AsyncAPI document of coaching-events)."
                                + " Unknown fields in a request body are refused. Every request carries a bearer"
                                + " token of the organisation's OpenID Connect issuer: a client reads and writes its"
                                + " own forms, a coach reads the submitted forms of their sessions, an org-admin"
                                + " everything in the organisation."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                PROBLEMS.forEach((status, description) -> addProblem(operation, status, description));
                if (operation.getRequestBody() != null) {
                    BODY_PROBLEMS.forEach((status, description) -> addProblem(operation, status, description));
                }
            }));
        };
    }

    private static void addProblem(Operation operation, String status, String description) {
        operation.getResponses().putIfAbsent(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("status", new IntegerSchema())
                .addProperty("title", new StringSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("rule", new StringSchema().description("409: the rule broken"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("message", new StringSchema())));
    }
}
