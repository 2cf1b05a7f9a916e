package io.throughline.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.testing.TestIssuer;
import io.throughline.platform.testing.WithInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard's sign-in as far as it goes without an issuer that signs people in (the browser test with one is
 * local-stack's {@code DashboardSignInIT}): the page sends a person to the issuer with PKCE, its scripts, styles and
 * Chart.js are open, and nothing of the page keeps anything in the browser's storage.
 */
@WithInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // The same as AnalyticsServiceIT's, so all run in one application context.
            "throughline.analytics.database=analytics-service-it",
            "throughline.analytics.projection.consumer-group=analytics-service-it",
            "throughline.analytics.projection.poll-timeout=100ms"
        })
class DashboardPageIT {

    private static final Path SCRIPTS = Path.of("src", "main", "resources", "static", "dashboard");

    @LocalServerPort
    private int port;

    @Test
    void sendsSomeoneNotSignedInToTheIssuerWithProofKey() throws Exception {
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
                        "response_type=code",
                        "client_id=throughline-pages",
                        "scope=openid",
                        "code_challenge_method=S256",
                        "code_challenge=",
                        "state=",
                        "redirect_uri=" + url("/login/oauth2/code/throughline"));
        assertThat(signIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("THROUGHLINE_ANALYTICS_SESSION=")
                        .contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void anApiCallLeavesThePagesSessionAsItIs() throws Exception {
        String session = http("/oauth2/authorization/throughline")
                .headers()
                .firstValue("Set-Cookie")
                .orElseThrow()
                .split(";")[0];
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create(url("/api/v1/orgs/acme/overview")))
                            .header("Cookie", session)
                            .header(
                                    "Authorization",
                                    "Bearer " + TestIssuer.get().orgAdmin("acme"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().allValues("Set-Cookie"))
                    .as("no new session id: calls still under way keep theirs")
                    .isEmpty();
        }
    }

    @Test
    void tellsTheScriptWhenNoOneIsSignedIn() throws Exception {
        HttpResponse<String> me = http("/me");
        assertThat(me.statusCode()).isEqualTo(401);
    }

    @Test
    void servesItsScriptsStylesAndChartJsWithoutSignIn() throws Exception {
        HttpResponse<String> app = http("/dashboard/app.js");
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(http("/dashboard/dashboard.css").statusCode()).isEqualTo(200);
        HttpResponse<String> chartJs = http("/webjars/chart.js/dist/chart.umd.min.js");
        assertThat(chartJs.statusCode()).isEqualTo(200);
        assertThat(chartJs.body()).contains("Chart");
        assertThat(http("/swagger-ui/index.html").statusCode())
                .as("Swagger UI's WebJar still served")
                .isEqualTo(200);
        assertThat(http("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void keepsNothingInTheBrowsersStorage() throws IOException {
        try (Stream<Path> files = Files.walk(SCRIPTS)) {
            List<Path> scripts =
                    files.filter(file -> file.toString().endsWith(".js")).toList();
            assertThat(scripts).isNotEmpty();
            for (Path script : scripts) {
                assertThat(Files.readString(script))
                        .as(script.toString())
                        .doesNotContain("localStorage", "sessionStorage");
            }
        }
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
