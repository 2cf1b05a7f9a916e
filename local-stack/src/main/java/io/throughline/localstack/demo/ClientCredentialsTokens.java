package io.throughline.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * An access token of a client, taken at the issuer's token endpoint with the client-credentials
 * grant (HTTP Basic), and taken anew before it expires: when less than a minute, or half its
 * lifetime, is left.
 */
public final class ClientCredentialsTokens implements Supplier<String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final URI tokenEndpoint;
    private final String clientId;
    private final String authorization;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant renewAt = Instant.MIN;

    public ClientCredentialsTokens(URI tokenEndpoint, String clientId, String clientSecret) {
        this(tokenEndpoint, clientId, clientSecret, Clock.systemUTC());
    }

    ClientCredentialsTokens(URI tokenEndpoint, String clientId, String clientSecret, Clock clock) {
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
        this.clock = clock;
    }

    /** A token with at least a minute (or half its lifetime) left; fails with the issuer's answer when it refuses. */
    @Override
    public synchronized String get() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            JsonNode answer = request();
            Duration lifetime =
                    Duration.ofSeconds(Math.max(answer.path("expires_in").asLong(60), 1));
            Duration margin = lifetime.dividedBy(2).compareTo(MARGIN) < 0 ? lifetime.dividedBy(2) : MARGIN;
            token = answer.path("access_token").asText();
            renewAt = now.plus(lifetime).minus(margin);
        }
        return token;
    }

    private JsonNode request() {
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the token endpoint " + tokenEndpoint + " refused client '" + clientId
                        + "': " + response.statusCode() + " " + response.body());
            }
            JsonNode answer = JSON.readTree(response.body());
            if (!answer.path("access_token").isTextual()) {
                throw new IllegalStateException(
                        "the token endpoint " + tokenEndpoint + " answered no access_token: " + response.body());
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the token endpoint " + tokenEndpoint + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** RFC 6749 2.3.1: the client id and secret are form-encoded before they go into HTTP Basic. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
