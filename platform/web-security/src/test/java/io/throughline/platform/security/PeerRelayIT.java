package io.throughline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.throughline.platform.security.secured.SecuredApplication;
import io.throughline.platform.testing.TestIssuer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages' relay to other services over real HTTP: a peer service (a real HTTP server on loopback that tells what
 * it was sent) behind {@code /peers/things}, and a configured peer that nothing listens on.
 */
@SpringBootTest(
        classes = SecuredApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"throughline.pages.enabled=true", "server.servlet.session.cookie.name=RELAY_TEST_SESSION"})
class PeerRelayIT {

    private static final TestIssuer ISSUER = TestIssuer.get();
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final HttpServer PEER = peer();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("throughline.issuer-uri", ISSUER::uri);
        registry.add(
                "throughline.pages.peers.things",
                () -> "http://127.0.0.1:" + PEER.getAddress().getPort() + "/");
        registry.add("throughline.pages.peers.down", () -> "http://127.0.0.1:" + closedPort());
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void forget() {
        RECEIVED.clear();
    }

    @AfterAll
    static void stopThePeer() {
        PEER.stop(0);
    }

    @Test
    void relaysAGetWithTheTokenAndTheQueryButNoCookieAndPassesTheAnswerBack() throws Exception {
        String token = ISSUER.coach("acme", "c1");
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(uri("/peers/things/api/v1/orgs/acme/forms?sessionId=s-1&size=5"))
                        .header("Authorization", "Bearer " + token)
                        .header("Cookie", "JSESSIONID=secret-session")
                        .header("X-Custom", "not-for-the-peer")
                        .GET());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(answer.headers().allValues("Set-Cookie"))
                .as("the peer's cookie stays there")
                .isEmpty();
        assertThat(answer.body()).isEqualTo("{\"path\":\"/api/v1/orgs/acme/forms\"}");
        assertThat(RECEIVED)
                .singleElement()
                .satisfies(request -> assertThat(request)
                        .contains("GET /api/v1/orgs/acme/forms?sessionId=s-1&size=5")
                        .contains("authorization=Bearer " + token)
                        .doesNotContain("cookie", "secret-session", "x-custom"));
    }

    @Test
    void thePeersProblemComesBackAsItIs() throws Exception {
        HttpResponse<String> answer = get("/peers/things/api/v1/orgs/acme/missing", ISSUER.coach("acme", "c1"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).isEqualTo("{\"status\":404,\"detail\":\"no such form\"}");
    }

    @Test
    void anUnknownPeerIs404AndAPeerDownIs503BothProblems() throws Exception {
        HttpResponse<String> unknown = get("/peers/elsewhere/api/v1/orgs/acme/forms", ISSUER.coach("acme", "c1"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("elsewhere");

        HttpResponse<String> down = get("/peers/down/api/v1/orgs/acme/forms", ISSUER.coach("acme", "c1"));
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(down.body()).contains("\"status\":503", "cannot be reached");
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void nobodySignedInIs401AndOnlyGetsOfTheApiAreRelayed() throws Exception {
        HttpResponse<String> anonymous = get("/peers/things/api/v1/orgs/acme/forms", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> write = send(HttpRequest.newBuilder(uri("/peers/things/api/v1/orgs/acme/forms"))
                .header("Authorization", "Bearer " + ISSUER.coach("acme", "c1"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(write.statusCode()).isBetween(400, 499);

        HttpResponse<String> outside = get("/peers/things/actuator/health", ISSUER.platform());
        assertThat(outside.statusCode()).isEqualTo(404);
        HttpResponse<String> climbing = get("/peers/things/api/v1/orgs/acme/%2e%2e/%2e%2e/admin", ISSUER.platform());
        assertThat(climbing.statusCode()).isBetween(400, 404);
        assertThat(RECEIVED).as("the peer was sent nothing").isEmpty();
    }

    @Test
    void whoIsSignedInNeedsASignIn() throws Exception {
        assertThat(get("/me", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Answers its API's {@code /forms} with the path it was asked, anything else with a problem; keeps each request. */
    private static HttpServer peer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                StringBuilder seen = new StringBuilder(exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null
                                ? ""
                                : "?" + exchange.getRequestURI().getRawQuery()));
                exchange.getRequestHeaders()
                        .forEach((name, values) -> seen.append('\n')
                                .append(name.toLowerCase())
                                .append('=')
                                .append(String.join(",", values)));
                RECEIVED.add(seen.toString());
                boolean forms = exchange.getRequestURI().getPath().endsWith("/forms");
                byte[] body = (forms
                                ? "{\"path\":\"" + exchange.getRequestURI().getPath() + "\"}"
                                : "{\"status\":404,\"detail\":\"no such form\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders()
                        .add("Content-Type", forms ? "application/json" : "application/problem+json");
                exchange.getResponseHeaders().add("Set-Cookie", "PEER=1");
                exchange.sendResponseHeaders(forms ? 200 : 404, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
