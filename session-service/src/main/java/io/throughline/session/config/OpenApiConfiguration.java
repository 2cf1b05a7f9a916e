package io.throughline.session.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.throughline.platform.time.BusinessTimeRule;
import io.throughline.platform.web.ProblemDocumentation;
import io.throughline.session.command.SessionRule;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}. The error answers are the same for every operation,
 * so they are added here once rather than annotated on each.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI sessionServiceApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Throughline session-service")
                        .version("v1")
                        .description("""
                        Coaching sessions: agreement, topic shifts, re-contracting (API.md, session-service).
                        Every write takes an optional `at` (business time, default now): more than 5 minutes
                        in the future is 400, before the session's previous event 409 (rule
                        NOT_BEFORE_PREVIOUS_EVENT). Writes answer the session as it is afterwards. Errors are
                        RFC 9457 problem+json; a 409 for a broken rule names it in `rule` (UPPER_SNAKE_CASE)."""));
    }

    @Bean
    OpenApiCustomizer problemAnswers() {
        return api -> {
            // Added here, not on the OpenAPI bean: springdoc drops schemas nothing refers to before customizers run.
            ProblemDocumentation.addSchema(api, SessionRule.values(), BusinessTimeRule.values());
            api.getPaths()
                    .forEach((url, path) -> path.readOperationsMap().forEach((method, operation) -> {
                        ApiResponses responses = operation.getResponses();
                        problem(responses, "400", "Malformed or invalid request; `errors` names the invalid fields");
                        if (url.contains("{sessionId}")) {
                            problem(responses, "404", "The organisation has no such session");
                        }
                        if (method == PathItem.HttpMethod.POST) {
                            problem(
                                    responses,
                                    "409",
                                    "A rule of the session is broken (`rule` names it), or a concurrent"
                                            + " change outlived the retries");
                            problem(responses, "413", "Body over 64 KiB");
                            problem(responses, "415", "Body not JSON");
                        }
                        problem(responses, "503", "The event store (MongoDB) is unreachable");
                    }));
        };
    }

    private static void problem(ApiResponses responses, String status, String description) {
        responses.putIfAbsent(status, ProblemDocumentation.answer(description));
    }
}
