package io.throughline.issuer;

import static io.throughline.issuer.IssuerClient.JSON;
import static io.throughline.issuer.IssuerClient.PAGES_CLIENT;
import static io.throughline.issuer.IssuerClient.PAGES_REDIRECT;
import static io.throughline.issuer.IssuerClient.PAGES_SECRET;
import static io.throughline.issuer.IssuerClient.authorizeUrl;
import static io.throughline.issuer.IssuerClient.basic;
import static io.throughline.issuer.IssuerClient.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.throughline.issuer.IssuerClient.Pkce;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The issuer over real HTTP with the demo identities and an identities file: discovery, client
 * credentials, the sign-in form and the authorization code flow with PKCE the pages use, UserInfo
 * and RP-initiated logout. Every token's signature is checked against the JWKS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class LocalIssuerIT {

    private static final int PORT = freePort();
    private static final String ISSUER = "http://localhost:" + PORT;

    private final IssuerClient issuer = new IssuerClient(PORT);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("local-issuer-it");
        registry.add("server.port", () -> PORT);
        registry.add("throughline.issuer.url", () -> ISSUER);
        registry.add("throughline.issuer.demo", () -> "true");
        registry.add(
                "throughline.issuer.key-file",
                () -> data.resolve("issuer/signing-key.json").toString());
        registry.add(
                "throughline.issuer.identities-file",
                () -> Path.of("src/test/resources/identities/acme.yml")
                        .toAbsolutePath()
                        .toString());
    }

    @Test
    void discoveryNamesTheIssuerAndItsEndpoints() throws Exception {
        HttpResponse<String> response = issuer.get("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = JSON.readTree(response.body());
        assertThat(discovery.path("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.path("authorization_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(discovery.path("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.path("end_session_endpoint").asString()).isEqualTo(ISSUER + "/connect/logout");
        assertThat(discovery.path("userinfo_endpoint").asString()).isEqualTo(ISSUER + "/userinfo");
        assertThat(discovery.path("code_challenge_methods_supported").toString())
                .contains("S256");
    }

    @Test
    void localPlatformGetsAPlatformTokenWithoutAnOrganisation() throws Exception {
        JWTClaimsSet claims = issuer.clientCredentialsClaims("local-platform", "local-platform-secret");

        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo("local-platform");
        assertThat(claims.getStringListClaim("roles")).containsExactly("platform");
        assertThat(claims.getClaims()).doesNotContainKeys("org", "clientId", "coachId");
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aDemoCoachGetsTheOrganisationRoleAndCoachId() throws Exception {
        JWTClaimsSet claims = issuer.clientCredentialsClaims("coach-2", "demo-secret");

        assertThat(claims.getSubject()).isEqualTo("coach-2");
        assertThat(claims.getStringClaim("org")).isEqualTo("demo");
        assertThat(claims.getStringListClaim("roles")).containsExactly("coach");
        assertThat(claims.getStringClaim("coachId")).isEqualTo("coach-2");
        assertThat(claims.getClaims()).doesNotContainKey("clientId");
    }

    @Test
    void aDemoClientGetsItsClientIdAndTheSecretMayComeInTheForm() throws Exception {
        HttpResponse<String> response = issuer.postForm(
                "/oauth2/token",
                Map.of("grant_type", "client_credentials", "client_id", "coachee-4", "client_secret", "demo-secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        JWTClaimsSet claims = issuer.verified(
                JSON.readTree(response.body()).path("access_token").asString());
        assertThat(claims.getStringClaim("org")).isEqualTo("demo");
        assertThat(claims.getStringListClaim("roles")).containsExactly("client");
        assertThat(claims.getStringClaim("clientId")).isEqualTo("coachee-4");
    }

    @Test
    void theIdentitiesFileAddsOrganisationsAndPeople() throws Exception {
        JWTClaimsSet lead = issuer.clientCredentialsClaims("acme-lead", "lead-secret");
        assertThat(lead.getStringClaim("org")).isEqualTo("acme");
        assertThat(lead.getStringListClaim("roles")).containsExactly("supervisor", "coach");
        assertThat(lead.getStringClaim("coachId")).isEqualTo("c-lead");

        JWTClaimsSet integration = issuer.clientCredentialsClaims("acme-integration", "integration-secret");
        assertThat(integration.getStringListClaim("roles")).containsExactly("platform");
        assertThat(integration.getClaims()).doesNotContainKey("org");

        assertThat(issuer.clientCredentials("ann", "ann-password").statusCode())
                .as("a person with a password only is no client")
                .isEqualTo(401);
    }

    @ParameterizedTest
    @CsvSource({
        "coach-2, wrong-secret",
        "coach-2, demo",
        "nobody, demo-secret",
        "throughline-pages, throughline-pages-secret"
    })
    void aWrongSecretAnUnknownClientOrAGrantTheClientDoesNotHaveIsRefused(String clientId, String secret)
            throws Exception {
        HttpResponse<String> response = issuer.clientCredentials(clientId, secret);

        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).doesNotContain("access_token");
        if (!clientId.equals("throughline-pages")) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(response.body()).path("error").asString()).isEqualTo("invalid_client");
        } else {
            assertThat(JSON.readTree(response.body()).path("error").asString()).isEqualTo("unauthorized_client");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "demo-supervisor, demo, demo, supervisor, , ",
        "coachee-1, demo, demo, client, clientId, coachee-1",
        "coach-3, demo, demo, coach, coachId, coach-3",
        "ann, ann-password, acme, client, clientId, client-7"
    })
    void signsAPersonInWithTheAuthorizationCodeFlowAndPkceWithoutAConsentPage(
            String username, String password, String org, String role, String idClaim, String idValue)
            throws Exception {
        Pkce pkce = Pkce.create();
        HttpResponse<String> toSignIn =
                issuer.get(authorizeUrl(pkce, "state-1", "nonce-1", PAGES_REDIRECT), "Accept", "text/html");
        assertThat(toSignIn.statusCode()).isEqualTo(302);
        assertThat(location(toSignIn)).isEqualTo(ISSUER + "/login");

        HttpResponse<String> signedIn = issuer.postForm(
                "/login",
                Map.of("username", username, "password", password, "_csrf", issuer.csrfOfSignInPage()),
                "Accept",
                "text/html");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).startsWith(ISSUER + "/oauth2/authorize?");

        HttpResponse<String> authorized = issuer.get(location(signedIn), "Accept", "text/html");
        assertThat(authorized.statusCode())
                .as("no consent page: straight back to the page")
                .isEqualTo(302);
        assertThat(location(authorized)).startsWith(PAGES_REDIRECT + "?");
        Map<String, String> callback = query(location(authorized));
        assertThat(callback).containsEntry("state", "state-1").containsKey("code");

        JsonNode tokens = exchange(callback.get("code"), pkce.verifier());
        assertThat(tokens.path("scope").asString().split(" ")).containsExactlyInAnyOrder("openid", "profile");
        assertThat(tokens.path("expires_in").asInt()).isBetween(598, 600);
        assertThat(tokens.path("refresh_token").asString()).isNotEmpty();

        JWTClaimsSet idToken = issuer.verified(tokens.path("id_token").asString());
        JWTClaimsSet accessToken = issuer.verified(tokens.path("access_token").asString());
        for (JWTClaimsSet claims : List.of(idToken, accessToken)) {
            assertThat(claims.getIssuer()).isEqualTo(ISSUER);
            assertThat(claims.getSubject()).isEqualTo(username);
            assertThat(claims.getStringClaim("org")).isEqualTo(org);
            assertThat(claims.getStringListClaim("roles")).containsExactly(role);
            if (idClaim != null) {
                assertThat(claims.getStringClaim(idClaim)).isEqualTo(idValue);
            }
            assertThat(claims.getClaims()).doesNotContainKeys("clientId".equals(idClaim) ? "coachId" : "clientId");
        }
        assertThat(idToken.getAudience()).containsExactly(PAGES_CLIENT);
        assertThat(idToken.getStringClaim("nonce")).isEqualTo("nonce-1");

        JsonNode refreshed = JSON.readTree(issuer.postForm(
                        "/oauth2/token",
                        Map.of(
                                "grant_type",
                                "refresh_token",
                                "refresh_token",
                                tokens.path("refresh_token").asString()),
                        "Authorization",
                        basic(PAGES_CLIENT, PAGES_SECRET))
                .body());
        JWTClaimsSet renewed = issuer.verified(refreshed.path("access_token").asString());
        assertThat(renewed.getSubject()).isEqualTo(username);
        assertThat(renewed.getStringClaim("org")).isEqualTo(org);
        assertThat(renewed.getStringListClaim("roles")).containsExactly(role);
    }

    @Test
    void userInfoAndRpInitiatedLogout() throws Exception {
        Pkce pkce = Pkce.create();
        JsonNode tokens = signIn("coach-1", "demo", pkce);

        HttpResponse<String> userInfo = issuer.get(
                "/userinfo",
                "Authorization",
                "Bearer " + tokens.path("access_token").asString());
        assertThat(userInfo.statusCode()).isEqualTo(200);
        JsonNode info = JSON.readTree(userInfo.body());
        assertThat(info.path("sub").asString()).isEqualTo("coach-1");
        assertThat(info.path("org").asString()).isEqualTo("demo");
        assertThat(info.path("coachId").asString()).isEqualTo("coach-1");

        HttpResponse<String> logout = issuer.get(
                "/connect/logout?"
                        + IssuerClient.encode(Map.of(
                                "id_token_hint",
                                tokens.path("id_token").asString(),
                                "post_logout_redirect_uri",
                                "http://localhost:8083/",
                                "state",
                                "bye")),
                "Accept",
                "text/html");
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).isEqualTo("http://localhost:8083/?state=bye");

        HttpResponse<String> again =
                issuer.get(authorizeUrl(Pkce.create(), "s", "n", PAGES_REDIRECT), "Accept", "text/html");
        assertThat(location(again)).as("signed out: the form again").isEqualTo(ISSUER + "/login");
    }

    @Test
    void theSignInFormIsLabelledAndAWrongPasswordSaysSo() throws Exception {
        String form = issuer.get("/login", "Accept", "text/html").body();
        assertThat(form)
                .contains(
                        "<label for=\"username\">Username</label>",
                        "<input id=\"username\" name=\"username\"",
                        "<label for=\"password\">Password</label>",
                        "<input id=\"password\" name=\"password\" type=\"password\"");

        HttpResponse<String> wrong = issuer.postForm(
                "/login",
                Map.of("username", "coach-1", "password", "not-demo", "_csrf", issuer.csrfOfSignInPage()),
                "Accept",
                "text/html");
        assertThat(location(wrong)).isEqualTo(ISSUER + "/login?error");
        assertThat(issuer.get("/login?error", "Accept", "text/html").body())
                .contains("That username and password do not match");

        HttpResponse<String> withoutCsrf = issuer.postForm("/login", Map.of("username", "coach-1", "password", "demo"));
        assertThat(withoutCsrf.statusCode()).as("no CSRF token, no sign-in").isEqualTo(403);
    }

    @Test
    void thePagesMustUsePkceAndARegisteredRedirectUri() throws Exception {
        HttpResponse<String> withoutPkce =
                issuer.get(authorizeUrl(null, "s", "n", PAGES_REDIRECT), "Accept", "text/html");
        assertThat(withoutPkce.statusCode()).isEqualTo(302);
        assertThat(query(location(withoutPkce)))
                .containsEntry("error", "invalid_request")
                .containsEntry("state", "s");
        assertThat(location(withoutPkce)).startsWith(PAGES_REDIRECT + "?");

        HttpResponse<String> elsewhere = issuer.get(
                authorizeUrl(Pkce.create(), "s", "n", "http://evil.example/callback"), "Accept", "text/html");
        assertThat(elsewhere.statusCode()).isEqualTo(400);

        for (String page : List.of("http://localhost:8081", "http://localhost:8082", "http://127.0.0.1:8083")) {
            HttpResponse<String> allowed = issuer.get(
                    authorizeUrl(Pkce.create(), "s", "n", page + "/login/oauth2/code/throughline"),
                    "Accept",
                    "text/html");
            assertThat(location(allowed)).as(page).isEqualTo(ISSUER + "/login");
        }
    }

    private JsonNode signIn(String username, String password, Pkce pkce) throws Exception {
        issuer.get(authorizeUrl(pkce, "s", "n", PAGES_REDIRECT), "Accept", "text/html");
        HttpResponse<String> signedIn = issuer.postForm(
                "/login",
                Map.of("username", username, "password", password, "_csrf", issuer.csrfOfSignInPage()),
                "Accept",
                "text/html");
        String code = query(location(issuer.get(location(signedIn), "Accept", "text/html")))
                .get("code");
        return exchange(code, pkce.verifier());
    }

    private JsonNode exchange(String code, String verifier) throws Exception {
        HttpResponse<String> response = issuer.postForm(
                "/oauth2/token",
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        PAGES_REDIRECT,
                        "code_verifier",
                        verifier),
                "Authorization",
                basic(PAGES_CLIENT, PAGES_SECRET));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location; status " + response.statusCode()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
