package io.throughline.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to a running issuer over real HTTP the way a script (client credentials) and a browser
 * with a cookie jar (authorization code with PKCE, sign-in form) do, and checks every token's
 * signature against the issuer's JWKS.
 */
final class IssuerClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PAGES_CLIENT = "throughline-pages";
    static final String PAGES_SECRET = "throughline-pages-secret";
    static final String PAGES_REDIRECT = "http://localhost:8083/login/oauth2/code/throughline";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String base;
    /** A browser: keeps its cookies, does not follow redirects by itself so the test sees each one. */
    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    IssuerClient(int port) {
        this.base = "http://localhost:" + port;
    }

    String url(String path) {
        return path.startsWith("http") ? path : base + path;
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST /oauth2/token with grant_type=client_credentials and HTTP Basic, as API.md describes. */
    HttpResponse<String> clientCredentials(String clientId, String secret) throws Exception {
        return postForm(
                "/oauth2/token", Map.of("grant_type", "client_credentials"), "Authorization", basic(clientId, secret));
    }

    /** The claims of an access token taken with client credentials, its signature checked. */
    JWTClaimsSet clientCredentialsClaims(String clientId, String secret) throws Exception {
        HttpResponse<String> response = clientCredentials(clientId, secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode token = JSON.readTree(response.body());
        assertThat(token.path("token_type").asString()).isEqualTo("Bearer");
        return verified(token.path("access_token").asString());
    }

    /** Parses a JWT and checks its RS256 signature with the key of the issuer's JWKS that its kid names. */
    JWTClaimsSet verified(String jwt) throws Exception {
        SignedJWT token = SignedJWT.parse(jwt);
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        JWKSet keys = JWKSet.parse(get("/oauth2/jwks").body());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(token.getHeader().getKeyID());
        assertThat(key)
                .as("the JWKS has the token's key " + token.getHeader().getKeyID())
                .isNotNull();
        assertThat(key.isPrivate()).as("the JWKS publishes no private key").isFalse();
        assertThat(token.verify(new RSASSAVerifier(key))).as("signature").isTrue();
        return token.getJWTClaimsSet();
    }

    /** The sign-in form's CSRF token, from the page a browser was sent to. */
    String csrfOfSignInPage() throws Exception {
        HttpResponse<String> page = get("/login", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the form carries a CSRF token").isTrue();
        return csrf.group(1);
    }

    /** A PKCE verifier and its S256 challenge. */
    record Pkce(String verifier, String challenge) {
        static Pkce create() throws Exception {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        }
    }

    static String authorizeUrl(Pkce pkce, String state, String nonce, String redirectUri) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", PAGES_CLIENT);
        query.put("scope", "openid profile");
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("redirect_uri", redirectUri);
        if (pkce != null) {
            query.put("code_challenge", pkce.challenge());
            query.put("code_challenge_method", "S256");
        }
        return "/oauth2/authorize?" + encode(query);
    }

    static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> query(String uri) {
        String query = URI.create(uri).getRawQuery();
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
        }
        return values;
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
