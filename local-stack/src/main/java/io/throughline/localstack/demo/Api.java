package io.throughline.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** A small JSON-over-HTTP client for the services' public APIs; every request carries a bearer token. */
final class Api {

    record Response(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Supplier<String> accessToken;

    Api(Supplier<String> accessToken) {
        this.accessToken = accessToken;
    }

    Response get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    Response post(String url, Map<String, ?> body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    Response put(String url, Map<String, ?> body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    /** Like {@link #post} but insists on success; the demo's requests are all valid. */
    JsonNode require(Response response, String what) {
        if (!response.ok()) {
            throw new IllegalStateException(what + " answered " + response.status() + ": " + response.body());
        }
        return response.body();
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(
                    request.timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + accessToken.get())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), body);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String write(Map<String, ?> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
