package io.throughline.session.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.testing.TestIssuer;
import io.throughline.session.RunningService;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's sign-in as far as it goes without an issuer that signs people in (the browser test with one is
 * local-stack's {@code CoachConsoleIT}): the page sends a person to the issuer with PKCE under the service's own
 * session cookie, its scripts and styles are open, and the relay to the other services wants a signed-in person.
 */
@RunningService
class ConsolePageIT {

    @LocalServerPort
    private int port;

    @Test
    void sendsSomeoneNotSignedInToTheIssuerWithProofKeyUnderTheServicesOwnCookie() throws Exception {
        HttpResponse<String> page = http("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue(url("/oauth2/authorization/throughline"));

        HttpResponse<String> signIn = http("/oauth2/authorization/throughline");
        assertThat(signIn.statusCode()).isEqualTo(302);
        String issuer =
                URLDecoder.decode(signIn.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(issuer)
                .startsWith(TestIssuer.get().uri() + "/authorize?")
                .contains(
                        "client_id=throughline-pages",
                        "code_challenge_method=S256",
                        "redirect_uri=" + url("/login/oauth2/code/throughline"));
        assertThat(signIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("THROUGHLINE_SESSIONS_SESSION=")
                        .contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void servesItsScriptsAndStylesWithoutSignInAndKeepsItsPageForTheSignedIn() throws Exception {
        for (String script : new String[] {"app", "api", "session", "steps", "list", "forms", "ontopic"}) {
            HttpResponse<String> answer = http("/console/" + script + ".js");
            assertThat(answer.statusCode()).as(script).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        }
        assertThat(http("/console/console.css").statusCode()).isEqualTo(200);
        assertThat(http("/console/index.html").statusCode())
                .as("the page itself is not a static file")
                .isEqualTo(404);
        assertThat(http("/index.html").statusCode()).isEqualTo(302);
        assertThat(http("/me").statusCode()).isEqualTo(401);
    }

    @Test
    void theRelayWantsSomeoneSignedInAndKnowsOnlyItsPeers() throws Exception {
        HttpResponse<String> anonymous = http("/peers/prep-forms/api/v1/orgs/acme/prep-forms");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> unknown = http("/peers/billing/api/v1/orgs/acme/invoices");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> http(String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
