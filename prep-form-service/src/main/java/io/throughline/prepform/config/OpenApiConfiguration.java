package io.throughline.prepform.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.throughline.platform.time.BusinessTimeRule;
import io.throughline.platform.web.ProblemDocumentation;
import io.throughline.prepform.command.PrepFormRule;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, with the problem+json answers every operation can give. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";
    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Malformed or invalid: 'errors' names each invalid field",
            "401", "No bearer token, or one refused (expired, another issuer, a bad signature)",
            "403", "Another organisation's path, a role that may not use this endpoint, or a form for another client",
            "404", "No such form in this organisation, or one the caller may not see",
            "409", "A rule of the form ('rule' names it) or a concurrent change (no 'rule')",
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
                                + " everything in the organisation. A 409 for a broken rule names it in 'rule'"
                                + " (UPPER_SNAKE_CASE, e.g. ONE_FORM_PER_SESSION)."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            ProblemDocumentation.addSchema(openApi, PrepFormRule.values(), BusinessTimeRule.values());
            openApi.getPaths()
                    .values()
                    .forEach(path -> path.readOperations().forEach(operation -> {
                        PROBLEMS.forEach((status, description) -> addProblem(operation, status, description));
                        if (operation.getRequestBody() != null) {
                            BODY_PROBLEMS.forEach((status, description) -> addProblem(operation, status, description));
                        }
                    }));
        };
    }

    private static void addProblem(Operation operation, String status, String description) {
        operation.getResponses().putIfAbsent(status, ProblemDocumentation.answer(description));
    }
}
