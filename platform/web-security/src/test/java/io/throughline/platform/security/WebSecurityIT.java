package io.throughline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.security.secured.SecuredApplication;
import io.throughline.platform.testing.TestIssuer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The module in a running service over real HTTP, with tokens signed by the test issuer's key. */
@SpringBootTest(
        classes = SecuredApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.endpoints.web.exposure.include=health,metrics",
            "management.endpoint.health.show-details=when-authorized",
            "management.endpoint.health.roles=platform"
        })
class WebSecurityIT {

    private static final TestIssuer ISSUER = TestIssuer.get();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("throughline.issuer-uri", ISSUER::uri);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noTokenIsA401ProblemWithTheBearerChallenge() throws Exception {
        HttpResponse<String> answer = get("/api/v1/orgs/acme/things", null);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":401").contains("bearer token");
    }

    @Test
    void expiredAndStrangersTokensAre401() throws Exception {
        assertThat(get("/api/v1/orgs/acme/things", ISSUER.expired("acme")).statusCode())
                .isEqualTo(401);
        HttpResponse<String> stranger =
                get("/api/v1/orgs/acme/things", TestIssuer.stranger().orgAdmin("acme"));
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(stranger.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        assertThat(post("/api/v1/orgs/acme/things", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anotherOrganisationIs403AndPlatformActsInEvery() throws Exception {
        HttpResponse<String> other = get("/api/v1/orgs/acme/things", ISSUER.orgAdmin("globex"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("globex").contains("acme");
        assertThat(get("/api/v1/orgs/acme/things", ISSUER.platform()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theRoleTableDecides() throws Exception {
        HttpResponse<String> supervisor = get("/api/v1/orgs/acme/things", ISSUER.supervisor("acme"));
        assertThat(supervisor.statusCode()).isEqualTo(200);
        assertThat(supervisor.body()).contains("\"subject\":\"supervisor@acme\"");
        assertThat(post("/api/v1/orgs/acme/things", ISSUER.supervisor("acme")).statusCode())
                .isEqualTo(403);
        assertThat(post("/api/v1/orgs/acme/things", ISSUER.orgAdmin("acme")).statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/orgs/acme/things", ISSUER.coach("acme", "c1")).statusCode())
                .isEqualTo(403);
        assertThat(send(
                                HttpRequest.newBuilder(uri("/api/v1/orgs/acme/things"))
                                        .method("HEAD", HttpRequest.BodyPublishers.noBody()),
                                ISSUER.coach("acme", "c1"))
                        .statusCode())
                .as("HEAD is served by the GET handler, so it passes GET's rule")
                .isEqualTo(403);
        assertThat(post("/api/v1/admin/rebuild", ISSUER.orgAdmin("acme")).statusCode())
                .isEqualTo(403);
        assertThat(post("/api/v1/admin/rebuild", ISSUER.platform()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void unknownPathsStayA404() throws Exception {
        assertThat(get("/api/v1/orgs/acme/nothing-here", ISSUER.orgAdmin("acme"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void apiAnswersAreNotCachedNorSniffedAndCorsStaysClosed() throws Exception {
        HttpResponse<String> answer = get("/api/v1/orgs/acme/things", ISSUER.orgAdmin("acme"));
        assertThat(answer.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<String> preflight = http.send(
                HttpRequest.newBuilder(uri("/api/v1/orgs/acme/things"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "https://evil.example")
                        .header("Access-Control-Request-Method", "GET")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void healthIsOpenWithDetailsOnlyForPlatformAndMetricsNeedPlatform() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("components");
        assertThat(get("/actuator/health", ISSUER.platform()).body()).contains("components");
        assertThat(get("/actuator/health", ISSUER.orgAdmin("acme")).body()).doesNotContain("components");
        assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", ISSUER.orgAdmin("acme")).statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator/metrics", ISSUER.platform()).statusCode()).isEqualTo(200);
    }

    @Test
    void claimNamesAreRead() {
        CallerClaims keycloak = new CallerClaims(
                new WebSecurityProperties.Claims("tenant", "realm_access.roles", "client_ref", "coach_ref"));
        Caller caller = keycloak.caller(
                "u1",
                java.util.Map.of(
                        "tenant",
                        "acme",
                        "realm_access",
                        java.util.Map.of("roles", List.of("coach", "offline_access")),
                        "coach_ref",
                        "c9"));
        assertThat(caller.orgId()).isEqualTo("acme");
        assertThat(caller.roles()).containsExactly(Role.COACH);
        assertThat(caller.isCoach("c9")).isTrue();
        assertThat(caller.clientId()).isNull();
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    private HttpResponse<String> post(String path, String token) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")),
                token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token)
            throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
