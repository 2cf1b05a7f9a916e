package io.throughline.prepform;

import io.throughline.platform.testing.TestIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's HTTP API as a client sees it: real requests to the random port, with a {@code platform} token
 * of the test issuer unless {@link #as another token} or {@link #anonymous() none} is chosen.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String token;

    public Api(int port) {
        this(port, TestIssuer.get().platform());
    }

    private Api(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** The same API, called with this bearer token (e.g. {@code TestIssuer.get().client(org, id)}). */
    public Api as(String bearerToken) {
        return new Api(port, bearerToken);
    }

    /** The same API, called without a token. */
    public Api anonymous() {
        return new Api(port, null);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        if (token != null) {
            request.setHeader("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
