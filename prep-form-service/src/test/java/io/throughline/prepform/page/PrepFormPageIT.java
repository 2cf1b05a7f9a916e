package io.throughline.prepform.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.platform.testing.TestIssuer;
import io.throughline.prepform.Api;
import io.throughline.prepform.PrepFormServiceIT;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The client's page as far as it goes without an issuer that signs people in (the browser test with one is
 * local-stack's {@code PrepFormPageIT}): someone not signed in is sent to the issuer with PKCE, the page's scripts
 * and styles are open, {@code /me} tells the script that no one is signed in, and the page's files keep to what
 * its Content-Security-Policy allows.
 */
@PrepFormServiceIT
class PrepFormPageIT {

    private static final Path FILES = Path.of("src", "main", "resources", "static", "prep-form");
    private static final Path PAGE = Path.of("src", "main", "resources", "page", "index.html");

    @LocalServerPort
    int port;

    @Test
    void sendsSomeoneNotSignedInToTheIssuerWithProofKeyAndASessionCookieOfItsOwn() {
        Api anonymous = new Api(port).anonymous();
        for (String page : List.of("/", "/index.html")) {
            HttpResponse<String> answer = anonymous.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location"))
                    .hasValue(anonymous.uri("/oauth2/authorization/throughline").toString());
        }

        HttpResponse<String> signIn = anonymous.get("/oauth2/authorization/throughline");
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
                        "redirect_uri=" + anonymous.uri("/login/oauth2/code/throughline"));
        assertThat(signIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("THROUGHLINE_PREP_FORM_SESSION=")
                        .contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void tellsTheScriptWhenNoOneIsSignedIn() {
        assertThat(new Api(port).anonymous().get("/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aPagesApiCallWithoutATokenOrSessionIsA401() {
        HttpResponse<String> answer = new Api(port)
                .anonymous()
                .put("/api/v1/orgs/acme/prep-forms/any/answers", "{\"answers\":{\"wins\":\"x\"}}");
        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void servesEveryFileThePageLoadsWithoutSignInAndWithItsType() throws IOException {
        Api anonymous = new Api(port).anonymous();
        List<String> loaded = filesThePageLoads();
        assertThat(loaded).contains("/prep-form/app.js", "/prep-form/prep-form.css", "/prep-form/favicon.svg");
        for (String file : loaded) {
            HttpResponse<String> answer = anonymous.get(file);
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(file)
                    .hasValueSatisfying(type -> assertThat(type)
                            .contains(
                                    file.endsWith(".js")
                                            ? "javascript"
                                            : file.endsWith(".css") ? "text/css" : "image/svg+xml"));
        }
        HttpResponse<String> indexAsAFile = anonymous.send(
                HttpRequest.newBuilder(anonymous.uri("/page/index.html")).GET());
        assertThat(indexAsAFile.statusCode())
                .as("the page itself only at /, with its policy")
                .isIn(302, 404);
    }

    @Test
    void thePagesFilesKeepToItsPolicyAndNoScriptParsesMarkup() throws IOException {
        String page = Files.readString(PAGE);
        assertThat(page)
                .as("no inline script or style, which the policy would refuse")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                .doesNotContain("<style", "style=", "onclick=", "onload=");
        for (Path script : scripts()) {
            assertThat(Files.readString(script))
                    .as(script.toString())
                    .doesNotContain(
                            "innerHTML",
                            "outerHTML",
                            "insertAdjacentHTML",
                            "eval(",
                            "new Function",
                            "http://",
                            "https://");
        }
    }

    /** The page's own files, and every module its scripts import, as paths the browser asks for. */
    private static List<String> filesThePageLoads() throws IOException {
        Pattern reference = Pattern.compile("(?:href|src)=\"(/prep-form/[^\"]+)\"");
        Pattern imported = Pattern.compile("from '\\./([^']+)'");
        Stream.Builder<String> files = Stream.builder();
        Matcher inPage = reference.matcher(Files.readString(PAGE));
        while (inPage.find()) {
            files.add(inPage.group(1));
        }
        for (Path script : scripts()) {
            Matcher imports = imported.matcher(Files.readString(script));
            while (imports.find()) {
                files.add("/prep-form/" + imports.group(1));
            }
        }
        return files.build().distinct().toList();
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(FILES)) {
            return files.filter(file -> file.toString().endsWith(".js"))
                    .sorted()
                    .toList();
        }
    }
}
