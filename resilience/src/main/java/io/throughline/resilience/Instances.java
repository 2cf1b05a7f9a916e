package io.throughline.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The instances of one service, as a client behind a round-robin balancer sees them: each request
 * goes to the next instance; a connection error, a timeout or a 5xx is an answer of status 0 or
 * that 5xx, which the caller retries with the same ids (the next try goes to the other instance).
 */
final class Instances {

    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** Nothing definite: the connection failed, timed out, or the service said it cannot serve now. */
        boolean unavailable() {
            return status == 0 || status >= 500;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** How many answers were not 2xx, by status (0: no answer), over the whole run. */
    static final Map<Integer, java.util.concurrent.atomic.AtomicInteger> FAILED =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    private final List<String> baseUrls;
    private final Supplier<String> token;
    private final AtomicInteger next = new AtomicInteger();

    Instances(List<String> baseUrls, Supplier<String> token) {
        this.baseUrls = List.copyOf(baseUrls);
        this.token = token;
    }

    List<String> baseUrls() {
        return baseUrls;
    }

    Answer get(String path) {
        return send(path, null, "GET");
    }

    Answer post(String path, Map<String, ?> body) {
        return send(path, body, "POST");
    }

    Answer send(String path, Map<String, ?> body, String method) {
        String base = baseUrls.get(Math.floorMod(next.getAndIncrement(), baseUrls.size()));
        return sendTo(base, path, body, method);
    }

    static Answer sendTo(String base, String path, Map<String, ?> body, String method, Supplier<String> token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token.get());
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode parsed;
            try {
                parsed = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            } catch (IOException e) {
                parsed = JSON.getNodeFactory().textNode(response.body());
            }
            return new Answer(response.statusCode(), parsed);
        } catch (IOException | IllegalStateException e) {
            return new Answer(0, JSON.getNodeFactory().textNode(String.valueOf(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, JSON.getNodeFactory().textNode("interrupted"));
        }
    }

    private Answer sendTo(String base, String path, Map<String, ?> body, String method) {
        Answer answer = sendTo(base, path, body, method, token);
        if (!answer.ok()) {
            FAILED.computeIfAbsent(answer.status(), status -> new java.util.concurrent.atomic.AtomicInteger())
                    .incrementAndGet();
        }
        return answer;
    }

    /** GETs {@code path} until an instance gives a definite answer (at most two minutes); the last answer's body otherwise. */
    static JsonNode readUntil(Instances instances, String path) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Answer answer = instances.get(path);
        while (answer.unavailable() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = instances.get(path);
        }
        return answer.body();
    }
}
