package io.throughline.analytics.dashboard;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.throughline.platform.testing.TestIssuer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Signs a browser in to the dashboard without a sign-in form. The test issuer ({@link TestIssuer}) only signs tokens;
 * it has no authorization endpoint, so the page's redirect to it ends at its 404, whose address carries the page's
 * {@code state}, {@code nonce} and {@code redirect_uri}. The test then answers as an issuer would, sending the
 * browser back with a code, and this server, the service's back channel ({@code throughline.issuer-backchannel-uri}),
 * exchanges the code for an ID token of its own key and an access token of the test issuer, which the API trusts.
 */
final class PageSignIn implements AutoCloseable {

    private static final String CLIENT_ID = "throughline-pages";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Person> codes = new ConcurrentHashMap<>();

    /** Who signs in: {@code token} is their access token from the test issuer, the other claims go in the ID token. */
    record Person(String subject, String orgId, List<String> roles, String token, String nonce) {}

    PageSignIn() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/oauth2/jwks", exchange -> answer(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/oauth2/token", this::token);
        server.start();
    }

    /** The back channel's address, for {@code throughline.issuer-backchannel-uri}. */
    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Signs the browser in as a supervisor of {@code orgId} at the dashboard at {@code base}; ends on its page. */
    void supervisor(WebDriver browser, String base, String orgId) {
        browser.get(base + "/");
        URI atIssuer = URI.create(browser.getCurrentUrl());
        if (!atIssuer.toString().startsWith(TestIssuer.get().uri())) {
            throw new AssertionError("the page did not send the browser to the issuer but to " + atIssuer);
        }
        Map<String, String> asked = query(atIssuer.getRawQuery());
        String code = UUID.randomUUID().toString();
        String subject = "supervisor@" + orgId;
        codes.put(
                code,
                new Person(
                        subject, orgId, List.of("supervisor"), TestIssuer.get().supervisor(orgId), asked.get("nonce")));
        browser.get(asked.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(asked.get("state"), StandardCharsets.UTF_8));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Person person = codes.remove(form.getOrDefault("code", ""));
        if (person == null || !"authorization_code".equals(form.get("grant_type"))) {
            byte[] body = "{\"error\":\"invalid_grant\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(400, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            return;
        }
        answer(exchange, """
                {"access_token":"%s","token_type":"Bearer","expires_in":600,"scope":"openid","id_token":"%s"}""".formatted(person.token(), idToken(person)));
    }

    private String idToken(Person person) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TestIssuer.get().uri())
                .subject(person.subject())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("nonce", person.nonce())
                .claim("preferred_username", person.subject())
                .claim("org", person.orgId())
                .claim("roles", person.roles())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String query) {
        return java.util.Arrays.stream(query == null ? new String[0] : query.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (first, second) -> first));
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
