package io.throughline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.localstack.demo.ClientCredentialsTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real local issuer as {@code ./run-local.sh} starts it — its own JVM, the data directory's key
 * file, {@code --demo}, {@code --identities} — on a free port instead of 9000, so that it runs beside
 * a platform that may be up: discovery, the demo loader's token and the one line a bad identities
 * file gives.
 */
class LocalIssuerProcessIT {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Duration STARTUP = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void startsWithTheDemoIdentitiesAndGivesTheDemoLoaderAPlatformToken() throws Exception {
        Issuer issuer = start("--demo");
        try {
            issuer.awaitReady(STARTUP);

            assertThat(issuer.tokenEndpoint()).isEqualTo(URI.create(issuer.url() + "/oauth2/token"));
            Issuer.Client platform =
                    issuer.platformClient(java.util.Map.of("THROUGHLINE_PLATFORM_CLIENT_ID", "ignored"));
            JsonNode claims =
                    claims(new ClientCredentialsTokens(issuer.tokenEndpoint(), platform.id(), platform.secret()).get());
            assertThat(claims.path("sub").asText()).isEqualTo("local-platform");
            assertThat(claims.path("iss").asText()).isEqualTo(issuer.url());
            assertThat(claims.path("roles").toString()).isEqualTo("[\"platform\"]");
            assertThat(claims.has("org")).isFalse();

            JsonNode supervisor =
                    claims(new ClientCredentialsTokens(issuer.tokenEndpoint(), "demo-supervisor", "demo-secret").get());
            assertThat(supervisor.path("org").asText()).isEqualTo("demo");
            assertThat(Files.exists(data.resolve("issuer/signing-key.json")))
                    .as("the key is kept in the data directory")
                    .isTrue();
        } finally {
            issuer.stop();
        }
        assertThat(issuer.process().orElseThrow().isAlive()).isFalse();
    }

    @Test
    void aBadIdentitiesFileIsOneLineSayingWhy() throws Exception {
        Path identities = Files.writeString(
                data.resolve("identities.yml"),
                "identities:\n  - {name: sam, org: acme, roles: [coah], password: p}\n");
        Issuer issuer = start("--identities", identities.toString());
        try {
            assertThatThrownBy(() -> issuer.awaitReady(STARTUP))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageStartingWith(
                            "local-issuer stopped while starting (exit code 1): identities file " + identities
                                    + ": identity 1 (sam): unknown role 'coah' (one of client, coach, supervisor, org-admin, platform) — see ");
        } finally {
            issuer.stop();
        }
    }

    private Issuer start(String... options) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of(options));
        args.addAll(List.of("--data-dir", data.toString()));
        LocalStackOptions parsed = LocalStackOptions.parse(args);
        Path logs = Files.createDirectories(data.resolve("logs"));
        return Issuer.startLocal(Jars.of(REPOSITORY, Issuer.MODULE), freePort(), parsed, logs);
    }

    private static JsonNode claims(String jwt) throws IOException {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
