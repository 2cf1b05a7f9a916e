package io.throughline.session.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.rules.Rule;
import io.throughline.platform.testing.OpenApiValidation;
import io.throughline.platform.time.BusinessTimeRule;
import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import io.throughline.session.SessionApi.Answer;
import io.throughline.session.command.SessionRule;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document served at /v3/api-docs has every endpoint of API.md, and nothing else under /api. */
@RunningService
class OpenApiIT {

    private static final String SESSIONS = "/api/v1/orgs/{orgId}/sessions";
    private static final String SESSION = SESSIONS + "/{sessionId}";

    /** API.md, session-service. */
    private static final Set<String> ENDPOINTS = Set.of(
            "POST " + SESSIONS,
            "POST " + SESSION + "/start",
            "POST " + SESSION + "/check-in",
            "POST " + SESSION + "/agreement",
            "POST " + SESSION + "/topic-shifts",
            "POST " + SESSION + "/topic-shifts/{shiftId}/re-contract",
            "POST " + SESSION + "/pieces",
            "POST " + SESSION + "/end",
            "POST " + SESSION + "/cancel",
            "GET " + SESSION,
            "GET " + SESSION + "/events",
            "GET " + SESSIONS);

    @LocalServerPort
    int port;

    private JsonNode document;

    @BeforeEach
    void fetch() {
        Answer answer = new SessionApi(port).get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        document = answer.json();
    }

    @Test
    void isAValidOpenApiDocument() {
        assertThat(OpenApiValidation.problems(
                        new SessionApi(port).get("/v3/api-docs").body()))
                .isEmpty();
    }

    @Test
    void documentsExactlyTheEndpointsOfApiMd() {
        Set<String> documented = new HashSet<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> documented.add(operation.getKey().toUpperCase() + " " + path.getKey())));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(ENDPOINTS);
    }

    @Test
    void documentsTheAnswersApiMdPromises() {
        JsonNode create = operation("POST", SESSIONS);
        assertThat(create.path("responses").propertyNames()).contains("201", "200", "400", "409", "413", "415");
        assertThat(create.path("responses").path("201").path("headers").has("Location"))
                .isTrue();
        assertThat(operation("POST", SESSION + "/topic-shifts")
                        .path("responses")
                        .propertyNames())
                .contains("201");
        assertThat(operation("POST", SESSION + "/end")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .toString())
                .contains("SessionView");
        assertThat(operation("GET", SESSION).path("responses").propertyNames()).contains("200", "404");
        assertThat(operation("GET", SESSIONS)
                        .path("parameters")
                        .valueStream()
                        .map(p -> p.path("name").asString()))
                .contains("clientId", "coachId", "page", "size");
        assertThat(document.path("components").path("schemas").has("Problem")).isTrue();
    }

    @Test
    void namesEveryRuleA409CanNameInUpperSnakeCase() {
        JsonNode rule = document.path("components")
                .path("schemas")
                .path("Problem")
                .path("properties")
                .path("rule");

        assertThat(rule.path("enum").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(Arrays.stream(SessionRule.values()), Arrays.stream(BusinessTimeRule.values()))
                                .map(Rule::name)
                                .toList());
        assertThat(rule.path("description").asString()).contains("UPPER_SNAKE_CASE");
    }

    @Test
    void theCallerIsNoParameterOfTheApi() {
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> assertThat(operation
                                        .getValue()
                                        .path("parameters")
                                        .valueStream()
                                        .map(p -> p.path("name").asString()))
                                .as(operation.getKey() + " " + path.getKey())
                                .doesNotContain("caller")));
        assertThat(document.path("components").path("schemas").has("Caller")).isFalse();
        assertThat(operation("GET", SESSION + "/events").path("description").asString())
                .contains("recordedby");
    }

    @Test
    void servesSwaggerUi() {
        Answer answer = new SessionApi(port).get("/swagger-ui/index.html");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("swagger-ui");
    }

    private JsonNode operation(String method, String path) {
        return document.path("paths").path(path).path(method.toLowerCase());
    }
}
