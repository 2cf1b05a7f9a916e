package io.throughline.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The platform's REST APIs as {@code local-platform} uses them from a test, with a token of the local
 * issuer taken again before it expires. Every call answers its status and body and throws nothing
 * for an HTTP answer; a connection failure is an {@link IOException}.
 */
final class PlatformClient {

    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI TOKEN_ENDPOINT = URI.create("http://localhost:9000/oauth2/token");
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(5);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String token;
    private long tokenTakenAt;

    Answer get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    Answer post(String url, Map<String, ?> body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** Whether the service's {@code /actuator/health} answers UP (open, no token). */
    boolean healthy(int port) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the local issuer gives local-platform a new token. */
    boolean tokenEndpointAnswers() {
        try {
            newToken();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The service's {@code throughline.process.restarts} gauge, through its actuator metrics endpoint. */
    double restartsMetric(int port) throws IOException, InterruptedException {
        Answer answer = get("http://localhost:" + port + "/actuator/metrics/throughline.process.restarts");
        if (!answer.ok()) {
            throw new AssertionError(
                    "the restarts metric of :" + port + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body().path("measurements").get(0).path("value").asDouble();
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request.timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(), response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body()));
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - tokenTakenAt > TOKEN_LIFE.toNanos()) {
            token = newToken();
            tokenTakenAt = System.nanoTime();
        }
        return token;
    }

    /** Takes a new token now, so that none is needed for the next minutes (while the issuer is killed). */
    synchronized void renewToken() throws IOException, InterruptedException {
        token = newToken();
        tokenTakenAt = System.nanoTime();
    }

    /** A new token of local-platform, not kept. */
    private String newToken() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(TOKEN_ENDPOINT)
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("local-platform:local-platform-secret"
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("no token: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    static List<String> list(JsonNode array, String field) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.path(field).asText())
                .toList();
    }
}
