package io.throughline.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.localstack.process.ProcessFailure;
import io.throughline.localstack.process.ProcessSpec;
import io.throughline.localstack.process.SupervisedProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenID Connect issuer the services trust: the local issuer in a JVM of its own (port 9000,
 * its signing key under {@code <data-dir>/issuer/}), or another one given with {@code --issuer}.
 */
final class Issuer {

    static final String MODULE = "local-issuer";
    static final int PORT = 9000;
    static final String LOCAL_URL = "http://localhost:" + PORT;
    static final String PLATFORM_CLIENT_ID = "local-platform";
    static final String PLATFORM_CLIENT_SECRET = "local-platform-secret";

    static final String DISCOVERY = "/.well-known/openid-configuration";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String url;
    private final SupervisedProcess process;
    private URI tokenEndpoint;

    private Issuer(String url, SupervisedProcess process) {
        this.url = url;
        this.process = process;
    }

    /** Starts the local issuer with the demo identities when asked for, and an identities file when given. */
    static Issuer startLocal(Path jar, LocalStackOptions options, Path logs) {
        return startLocal(jar, PORT, options, logs);
    }

    static Issuer startLocal(Path jar, int port, LocalStackOptions options, Path logs) {
        String url = "http://localhost:" + port;
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("THROUGHLINE_ISSUER_URL", url);
        environment.put(
                "THROUGHLINE_ISSUER_KEY_FILE",
                options.dataDirectory()
                        .resolve("issuer")
                        .resolve("signing-key.json")
                        .toString());
        environment.put("THROUGHLINE_ISSUER_DEMO", Boolean.toString(options.demo()));
        if (options.identities() != null) {
            environment.put(
                    "THROUGHLINE_ISSUER_IDENTITIES_FILE", options.identities().toString());
        }
        ProcessSpec spec = ProcessSpec.javaJar(MODULE, jar, port, "256m", environment, logs)
                .withJvmOptionsFile(LocalStack.jvmOptionsFile(options, MODULE));
        try {
            return new Issuer(url, SupervisedProcess.start(spec));
        } catch (ProcessFailure e) {
            throw new StartupFailure(e.getMessage());
        }
    }

    static Issuer given(String url) {
        return new Issuer(url, null);
    }

    /**
     * Waits until the issuer's discovery answers and names this issuer; from then on {@link #url} is
     * exactly as the issuer names itself (the {@code iss} of its tokens, a trailing slash included),
     * and the token endpoint is known.
     */
    void awaitReady(Duration timeout) {
        if (process != null) {
            try {
                process.awaitAnswer(DISCOVERY, "\"issuer\"", timeout);
            } catch (ProcessFailure e) {
                throw new StartupFailure(e.getMessage());
            }
        }
        JsonNode discovery = discovery();
        String named = discovery.path("issuer").asText();
        if (!named.equals(url) && !named.equals(url + "/")) {
            throw new StartupFailure("the issuer at " + url + " names itself '" + named
                    + "' in its discovery; its tokens would" + " not be accepted. Pass --issuer " + named);
        }
        url = named;
        String endpoint = discovery.path("token_endpoint").asText();
        if (endpoint.isEmpty()) {
            throw new StartupFailure("the issuer at " + url + " names no token_endpoint in its discovery");
        }
        tokenEndpoint = URI.create(endpoint);
    }

    private JsonNode discovery() {
        URI address = URI.create(url + DISCOVERY);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(address)
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new StartupFailure("the issuer's discovery " + address + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new StartupFailure("the issuer's discovery " + address + " cannot be read: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while asking the issuer " + url);
        }
    }

    /** The issuer identifier, the {@code iss} of its tokens. */
    String url() {
        return url;
    }

    /** Known once {@link #awaitReady} returned. */
    URI tokenEndpoint() {
        return tokenEndpoint;
    }

    boolean isLocal() {
        return process != null;
    }

    /** The local issuer's process; none for a given issuer. */
    Optional<SupervisedProcess> process() {
        return Optional.ofNullable(process);
    }

    /**
     * The platform client the demo loader uses: {@code local-platform} at the local issuer; at another,
     * {@code THROUGHLINE_PLATFORM_CLIENT_ID} and {@code THROUGHLINE_PLATFORM_CLIENT_SECRET} (default the same).
     */
    Client platformClient(Map<String, String> environment) {
        if (isLocal()) {
            return new Client(PLATFORM_CLIENT_ID, PLATFORM_CLIENT_SECRET);
        }
        return new Client(
                environment.getOrDefault("THROUGHLINE_PLATFORM_CLIENT_ID", PLATFORM_CLIENT_ID),
                environment.getOrDefault("THROUGHLINE_PLATFORM_CLIENT_SECRET", PLATFORM_CLIENT_SECRET));
    }

    /** A client of the client-credentials grant. */
    record Client(String id, String secret) {}

    void stop() {
        if (process != null) {
            process.stop();
        }
    }
}
