package io.throughline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        classes = ProblemsTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jackson.deserialization.fail-on-unknown-properties=true")
class ProblemDetailsIT {

    private static final String VALID = "{\"name\":\"a\",\"minutes\":60,\"colour\":\"RED\"}";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aValidRequestPasses() throws Exception {
        HttpResponse<String> response = post("/things/t-1", VALID);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void malformedJsonIs400() throws Exception {
        assertProblem(post("/things/t-1", "{\"name\": \"a\","), 400);
    }

    @Test
    void aWrongTypeIs400NamingTheField() throws Exception {
        JsonNode problem = assertProblem(post("/things/t-1", VALID.replace("60", "\"sixty\"")), 400);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("minutes");
        assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo("must be a number");
    }

    @Test
    void anUnknownEnumValueIs400ListingTheValues() throws Exception {
        JsonNode problem = assertProblem(post("/things/t-1", VALID.replace("RED", "BLUE")), 400);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("colour");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("RED", "GREEN");
    }

    @Test
    void anUnknownFieldIs400NamingTheKnownOnesWhereAServiceRefusesThem() throws Exception {
        JsonNode problem = assertProblem(post("/things/t-1", VALID.replace("}", ",\"colur\":\"RED\"}")), 400);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("colur");
        assertThat(problem.path("errors").get(0).path("message").asString())
                .isEqualTo("is not a known field; known here: at, colour, minutes, name");
    }

    @Test
    void missingAndOutOfRangeFieldsAre400WithEveryField() throws Exception {
        JsonNode problem = assertProblem(post("/things/t-1", "{\"minutes\":481}"), 400);

        assertThat(problem.path("errors")
                        .valueStream()
                        .map(error -> error.path("field").asString()))
                .containsExactlyInAnyOrder("name", "minutes", "colour");
    }

    @Test
    void aTimestampWithoutOffsetIs400() throws Exception {
        JsonNode problem = assertProblem(post("/things/t-1", VALID.replace("}", ",\"at\":\"yesterday\"}")), 400);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("at");
    }

    @Test
    void anIdWithIllegalCharactersIs400() throws Exception {
        JsonNode problem = assertProblem(post("/things/bad%20id!", VALID), 400);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("thingId");
    }

    @Test
    void anIdOfMoreThan64CharactersIs400SayingWhatAnIdIs() throws Exception {
        JsonNode problem = assertProblem(post("/things/" + "t".repeat(65), VALID), 400);

        assertThat(problem.path("errors").get(0).path("message").asString())
                .isEqualTo("must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-'");
    }

    @Test
    void freeTextOver2000CharactersIs400() throws Exception {
        String tooLong = VALID.replace("\"a\"", "\"" + "x".repeat(2_001) + "\"");
        JsonNode problem = assertProblem(post("/things/t-1", tooLong), 400);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("name");
        assertThat(problem.path("errors").get(0).path("message").asString())
                .isEqualTo("must be at most 2000 characters");
    }

    @Test
    void aBrokenRuleIs409NamingIt() throws Exception {
        JsonNode problem = assertProblem(post("/things/t-1/paint", ""), 409);

        assertThat(problem.path("rule").asString()).isEqualTo("ONE_COAT_OF_PAINT");
        assertThat(problem.path("detail").asString())
                .isEqualTo("ONE_COAT_OF_PAINT: a thing is painted once (t-1 is painted already)");
    }

    @Test
    void aBodyOver64KibIs413() throws Exception {
        String big = VALID.replace("\"a\"", "\"" + "x".repeat(70_000) + "\"");

        assertProblem(post("/things/t-1", big), 413);
    }

    @Test
    void aChunkedBodyOver64KibIs413() throws Exception {
        byte[] big = VALID.replace("\"a\"", "\"" + "x".repeat(70_000) + "\"").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri("/things/t-1"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();

        assertProblem(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 413);
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/things/t-1"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(VALID))
                .build();

        assertProblem(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 415);
    }

    @Test
    void anUnknownPathIs404() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/nothing-here")).GET().build();

        assertProblem(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 404);
    }

    @Test
    void aQueryParameterOfTheWrongTypeIs400() throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(uri("/things?page=first")).GET().build();

        JsonNode problem = assertProblem(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 400);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("page");
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
