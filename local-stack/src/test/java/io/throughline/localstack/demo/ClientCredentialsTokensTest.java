package io.throughline.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo loader's token client against a token endpoint on an ephemeral port that answers like
 * the local issuer's (the real issuer is exercised by local-issuer's own tests and RunLocalIT).
 */
class ClientCredentialsTokensTest {

    private final List<String> requests = new ArrayList<>();
    private HttpServer server;
    private URI endpoint;
    private int status = 200;
    private long expiresIn = 600;

    @BeforeEach
    void startTokenEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth2/token", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            byte[] answer = (status == 200
                            ? "{\"access_token\":\"token-" + requests.size()
                                    + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}"
                            : "{\"error\":\"invalid_client\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token");
    }

    @AfterEach
    void stopTokenEndpoint() {
        server.stop(0);
    }

    @Test
    void takesATokenWithClientCredentialsInHttpBasicAndKeepsItUntilAMinuteBeforeItExpires() {
        MovableClock clock = new MovableClock();
        ClientCredentialsTokens tokens =
                new ClientCredentialsTokens(endpoint, "local-platform", "local-platform-secret", clock);

        assertThat(tokens.get()).isEqualTo("token-1");
        assertThat(requests)
                .containsExactly("Basic "
                        + Base64.getEncoder()
                                .encodeToString("local-platform:local-platform-secret".getBytes(StandardCharsets.UTF_8))
                        + " grant_type=client_credentials");
        clock.advance(Duration.ofMinutes(8).plusSeconds(59));
        assertThat(tokens.get()).as("still 61 s left").isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.get()).as("a minute left: renewed").isEqualTo("token-2");
        assertThat(tokens.get()).isEqualTo("token-2");
        assertThat(requests).hasSize(2);
    }

    @Test
    void renewsAShortLivedTokenAtHalfItsLifetime() {
        expiresIn = 60;
        MovableClock clock = new MovableClock();
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(endpoint, "c", "s", clock);

        assertThat(tokens.get()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(29));
        assertThat(tokens.get()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.get()).isEqualTo("token-2");
    }

    @Test
    void saysWhatTheIssuerAnsweredWhenItRefuses() {
        status = 401;
        ClientCredentialsTokens tokens =
                new ClientCredentialsTokens(endpoint, "local-platform", "wrong", Clock.systemUTC());

        assertThatThrownBy(tokens::get)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the token endpoint " + endpoint
                        + " refused client 'local-platform': 401 {\"error\":\"invalid_client\"}");
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
