package io.throughline.prepform;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.testing.OpenApiValidation;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes every prep-form endpoint of API.md. */
@PrepFormServiceIT
class OpenApiIT {

    private static final String FORMS = "/api/v1/orgs/{orgId}/prep-forms";
    /** The prep-form table of API.md, method and path. */
    private static final List<String> API_MD = List.of(
            "post " + FORMS,
            "put " + FORMS + "/{prepFormId}/answers",
            "post " + FORMS + "/{prepFormId}/submit",
            "get " + FORMS + "/{prepFormId}",
            "get " + FORMS);

    @LocalServerPort
    int port;

    @Test
    void documentsEveryPrepFormEndpointOfApiMd() {
        JsonNode paths = apiDocs().path("paths");

        API_MD.forEach(endpoint -> {
            String[] methodAndPath = endpoint.split(" ", 2);
            assertThat(paths.path(methodAndPath[1]).has(methodAndPath[0]))
                    .as(endpoint)
                    .isTrue();
        });
    }

    @Test
    void documentsTheRequestFieldsAndTheFiveAnswers() {
        JsonNode docs = apiDocs();
        JsonNode create = docs.path("paths").path(FORMS).path("post");
        String requestSchema = create.path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asString()
                .replace("#/components/schemas/", "");
        JsonNode schemas = docs.path("components").path("schemas");

        assertThat(schemas.path(requestSchema).path("properties").propertyNames())
                .containsExactlyInAnyOrder("prepFormId", "clientId", "sessionId", "answers", "at");
        assertThat(schemas.path(requestSchema).path("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("clientId", "answers");
        assertThat(schemas.path("AnswersRequest").path("properties").propertyNames())
                .containsExactlyInAnyOrder("wins", "notDone", "learned", "challenges", "sessionIntent");
        JsonNode list = docs.path("paths").path(FORMS).path("get").path("parameters");
        assertThat(list.valueStream().map(parameter -> parameter.path("name").asString()))
                .contains("clientId", "sessionId");
    }

    @Test
    void documentsCreatedAndFilledInAndTheProblemAnswers() {
        JsonNode docs = apiDocs();
        JsonNode responses = docs.path("paths").path(FORMS).path("post").path("responses");

        assertThat(responses.propertyNames()).contains("201", "200", "400", "409", "413", "415", "503");
        assertThat(responses.path("201").path("content").has("application/json"))
                .isTrue();
        JsonNode conflict = responses.path("409").path("content").path("application/problem+json");
        String problemSchema = conflict.path("schema").path("$ref").asString().replace("#/components/schemas/", "");
        assertThat(docs.path("components")
                        .path("schemas")
                        .path(problemSchema)
                        .path("properties")
                        .propertyNames())
                .contains("status", "title", "detail", "errors", "rule");
    }

    @Test
    void documentsTheBearerTokenAndTheAnswersOfAccess() {
        JsonNode docs = apiDocs();

        assertThat(docs.path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(docs.path("security").get(0).has("bearer")).isTrue();
        API_MD.forEach(endpoint -> {
            String[] methodAndPath = endpoint.split(" ", 2);
            assertThat(docs.path("paths")
                            .path(methodAndPath[1])
                            .path(methodAndPath[0])
                            .path("responses")
                            .propertyNames())
                    .as(endpoint)
                    .contains("401", "403", "404");
        });
    }

    @Test
    void namesEveryRuleA409CanNameInUpperSnakeCase() {
        JsonNode rule = apiDocs()
                .path("components")
                .path("schemas")
                .path("Problem")
                .path("properties")
                .path("rule");

        assertThat(rule.path("enum").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(
                        "SUBMITTED_FORM_IS_FINAL",
                        "ONE_FORM_PER_SESSION",
                        "SAME_CLIENT_AND_SESSION",
                        "NOT_BEFORE_PREVIOUS_EVENT");
        assertThat(rule.path("description").asString()).contains("UPPER_SNAKE_CASE");
    }

    @Test
    void isAValidOpenApiDocument() {
        assertThat(OpenApiValidation.problems(
                        new Api(port).anonymous().get("/v3/api-docs").body()))
                .isEmpty();
    }

    /** Open without a token (API.md). */
    private JsonNode apiDocs() {
        HttpResponse<String> response = new Api(port).anonymous().get("/v3/api-docs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }
}
