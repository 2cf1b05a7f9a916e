package io.throughline.session;

import static io.throughline.session.SessionMother.COACH;
import static io.throughline.session.SessionMother.PLANNED_MINUTES;
import static io.throughline.session.SessionMother.SCHEDULED_AT;
import static io.throughline.session.SessionMother.at;

import io.throughline.platform.testing.TestIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's REST API over real HTTP, for the integration tests, with the article's requests as defaults. Every
 * request carries a {@code platform} token of the test issuer unless {@link #as another token} is chosen.
 */
public final class SessionApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String token;

    public SessionApi(int port) {
        this("http://localhost:" + port, TestIssuer.get().platform());
    }

    private SessionApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same API called with this bearer token ({@code null}: none), e.g. {@code as(TestIssuer.get().coach(…))}. */
    public SessionApi as(String token) {
        return new SessionApi(base, token);
    }

    public static String sessions(String orgId) {
        return "/api/v1/orgs/" + orgId + "/sessions";
    }

    public static String session(String orgId, String sessionId) {
        return sessions(orgId) + "/" + sessionId;
    }

    /** A JSON object from alternating names and values; a null value leaves the field out. */
    public static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                body.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return body;
    }

    public static Map<String, Object> scheduleBody(String sessionId, String clientId) {
        return body(
                "sessionId",
                sessionId,
                "clientId",
                clientId,
                "coachId",
                COACH,
                "scheduledStart",
                at("10:00"),
                "plannedMinutes",
                PLANNED_MINUTES,
                "at",
                SCHEDULED_AT);
    }

    public Answer schedule(String orgId, String sessionId, String clientId) {
        return post(sessions(orgId), scheduleBody(sessionId, clientId));
    }

    public Answer post(String path, Map<String, Object> body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Answer post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer postWithoutBody(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Answer head(String path) {
        return send(HttpRequest.newBuilder(uri(path)).HEAD());
    }

    /** The session's stream as {@code GET …/events} answers it; empty when the session is unknown. */
    public List<JsonNode> events(String orgId, String sessionId) {
        Answer answer = get(session(orgId, sessionId) + "/events");
        return answer.status() == 404 ? List.of() : answer.json().valueStream().toList();
    }

    private Answer send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    public record Answer(int status, String contentType, String location, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
