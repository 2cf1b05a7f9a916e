package io.throughline.platform.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * An OpenID Connect issuer for integration tests: a real HTTP server on loopback with discovery and the
 * signing keys, and tokens signed by a key made for this test JVM. {@link #get()} is the issuer the services
 * under test trust ({@code @WithInfrastructure} points {@code THROUGHLINE_ISSUER_URI} at it); {@link #stranger()}
 * is another one, whose tokens they must refuse. Its {@code /authorize} signs in, at once and without a form, whoever
 * {@link #signsIn} names, so browser tests can sign in to the services' pages.
 */
public final class TestIssuer {

    private static final TestIssuer TRUSTED = start();
    private static TestIssuer stranger;

    private final HttpServer server;
    private final RSAKey key;
    private final NimbusJwtEncoder encoder;
    private final String uri;
    private final Map<String, SignIn> codes = new ConcurrentHashMap<>();
    private volatile Person next;

    /** Who the next sign-in at {@code /authorize} is: their token's claims. */
    public record Person(String subject, String orgId, List<String> roles, String clientId, String coachId) {}

    private record SignIn(Person person, String clientId, String nonce) {}

    private TestIssuer(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
        this.uri = "http://localhost:" + server.getAddress().getPort();
    }

    /** The issuer the services under test trust. */
    public static TestIssuer get() {
        return TRUSTED;
    }

    /** An issuer the services do not trust (its own address and key). */
    public static synchronized TestIssuer stranger() {
        if (stranger == null) {
            stranger = start();
        }
        return stranger;
    }

    public String uri() {
        return uri;
    }

    /** A token of {@code platform}: every organisation. */
    public String platform() {
        return token("test-platform", null, List.of("platform"), null, null, Duration.ofMinutes(10));
    }

    public String client(String orgId, String clientId) {
        return token("client:" + clientId, orgId, List.of("client"), clientId, null, Duration.ofMinutes(10));
    }

    public String coach(String orgId, String coachId) {
        return token("coach:" + coachId, orgId, List.of("coach"), null, coachId, Duration.ofMinutes(10));
    }

    public String supervisor(String orgId) {
        return token("supervisor@" + orgId, orgId, List.of("supervisor"), null, null, Duration.ofMinutes(10));
    }

    public String orgAdmin(String orgId) {
        return token("admin@" + orgId, orgId, List.of("org-admin"), null, null, Duration.ofMinutes(10));
    }

    /** The next sign-ins at this issuer's {@code /authorize} sign in this person, at once and without a form. */
    public void signsIn(Person person) {
        next = person;
    }

    /** A token of this issuer that expired a minute ago. */
    public String expired(String orgId) {
        return token("admin@" + orgId, orgId, List.of("org-admin"), null, null, Duration.ofMinutes(-1));
    }

    /**
     * A token with these claims, valid for {@code lifetime} from now (negative: already expired). {@code orgId},
     * {@code clientId} and {@code coachId} are left out where {@code null}.
     */
    public String token(
            String subject, String orgId, List<String> roles, String clientId, String coachId, Duration lifetime) {
        return encoder.encode(JwtEncoderParameters.from(claims(subject, orgId, roles, clientId, coachId, lifetime)
                        .build()))
                .getTokenValue();
    }

    private JwtClaimsSet.Builder claims(
            String subject, String orgId, List<String> roles, String clientId, String coachId, Duration lifetime) {
        Instant now = Instant.now();
        Instant issuedAt = lifetime.isNegative() ? now.plus(lifetime).minus(Duration.ofMinutes(10)) : now;
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(uri)
                .subject(subject)
                .id(UUID.randomUUID().toString())
                .issuedAt(issuedAt)
                .notBefore(issuedAt)
                .expiresAt(now.plus(lifetime))
                .claim("roles", roles);
        if (orgId != null) {
            claims.claim("org", orgId);
        }
        if (clientId != null) {
            claims.claim("clientId", clientId);
        }
        if (coachId != null) {
            claims.claim("coachId", coachId);
        }
        return claims;
    }

    /** {@code GET /authorize}: back to the page's redirect URI at once, with a code for {@link #signsIn}'s person. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Person person = next;
        if (person == null) {
            answer(exchange, 400, "{\"error\":\"no one to sign in: call TestIssuer.signsIn first\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new SignIn(person, query.get("client_id"), query.get("nonce")));
        String redirect = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Location", redirect);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** {@code POST /token}: the code's access token and ID token (with the page's nonce), each code used once. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        SignIn signIn = codes.remove(body.getOrDefault("code", ""));
        if (signIn == null) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        Person person = signIn.person();
        Duration lifetime = Duration.ofMinutes(10);
        String access =
                token(person.subject(), person.orgId(), person.roles(), person.clientId(), person.coachId(), lifetime);
        JwtClaimsSet.Builder id = claims(
                        person.subject(), person.orgId(), person.roles(), person.clientId(), person.coachId(), lifetime)
                .audience(List.of(signIn.clientId()))
                .claim("preferred_username", person.subject());
        if (signIn.nonce() != null) {
            id.claim("nonce", signIn.nonce());
        }
        String idToken = encoder.encode(JwtEncoderParameters.from(id.build())).getTokenValue();
        answer(
                exchange,
                200,
                "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                        + "\"scope\":\"openid\",\"id_token\":\"" + idToken + "\"}");
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                values.put(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static TestIssuer start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestIssuer issuer = new TestIssuer(server, key);
            server.createContext(
                    "/.well-known/openid-configuration", exchange -> answer(exchange, """
                    {"issuer":"%1$s","jwks_uri":"%1$s/jwks","authorization_endpoint":"%1$s/authorize",\
                    "token_endpoint":"%1$s/token","subject_types_supported":["public"],\
                    "id_token_signing_alg_values_supported":["RS256"],"response_types_supported":["code"]}""".formatted(issuer.uri)));
            server.createContext("/jwks", exchange -> answer(exchange, new JWKSet(key.toPublicJWK()).toString()));
            server.createContext("/authorize", issuer::authorize);
            server.createContext("/token", issuer::token);
            server.setExecutor(null);
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("cannot make a signing key", e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        answer(exchange, 200, json);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
