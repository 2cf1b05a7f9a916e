package io.throughline.issuer;

import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form (fields {@code username} and {@code password}, posted to {@code /login} with
 * the CSRF token) and the page a person lands on when they signed in without coming from a page.
 */
@RestController
class SignInPage {

    static final String PATH = "/login";

    private static final String LAYOUT = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s · Throughline</title>
            <style>
              body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1d2330; margin: 0; }
              main { max-width: 22rem; margin: 12vh auto; background: #fff; padding: 2rem; border-radius: 8px;
                     box-shadow: 0 1px 4px rgba(0, 0, 0, .12); }
              h1 { font-size: 1.4rem; margin: 0 0 1.25rem; }
              label { display: block; font-weight: 600; margin: 1rem 0 .35rem; }
              input { width: 100%%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #8a93a6; border-radius: 4px; }
              input:focus { outline: 2px solid #2456d6; outline-offset: 1px; }
              button { margin-top: 1.5rem; width: 100%%; padding: .7rem; font-size: 1rem; font-weight: 600; color: #fff;
                       background: #2456d6; border: 0; border-radius: 4px; cursor: pointer; }
              button:hover, button:focus { background: #1a42a8; }
              .message { padding: .6rem .8rem; border-radius: 4px; margin-bottom: 1rem; }
              .error { background: #fde8e8; color: #8a1c1c; }
              .info { background: #e8f0fd; color: #1a3a7a; }
              .hint { font-size: .9rem; color: #4a5264; margin-top: 1.5rem; }
            </style>
            </head>
            <body>
            <main>
            %s
            </main>
            </body>
            </html>
            """;

    private final IssuerProperties properties;

    SignInPage(IssuerProperties properties) {
        this.properties = properties;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    String signIn(
            CsrfToken csrf,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout) {
        StringBuilder body = new StringBuilder("<h1>Sign in to Throughline</h1>\n");
        if (error != null) {
            body.append(
                    "<p class=\"message error\" role=\"alert\">That username and password do not match. Try again.</p>\n");
        } else if (logout != null) {
            body.append("<p class=\"message info\" role=\"status\">You have signed out.</p>\n");
        }
        body.append("""
                <form method="post" action="%s">
                  <label for="username">Username</label>
                  <input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" required autofocus>
                  <label for="password">Password</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit">Sign in</button>
                </form>
                """.formatted(PATH, escape(csrf.getParameterName()), escape(csrf.getToken())));
        if (properties.demo()) {
            body.append("""
                    <p class="hint">Demo organisation <code>demo</code>: sign in as <code>demo-supervisor</code>,
                    <code>demo-admin</code>, <code>coach-1</code>…<code>coach-3</code> or
                    <code>coachee-1</code>…<code>coachee-6</code> with the password <code>demo</code>.</p>
                    """);
        }
        return LAYOUT.formatted("Sign in", body);
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String signedIn(Principal principal, CsrfToken csrf) {
        return LAYOUT.formatted("Signed in", """
                <h1>Signed in</h1>
                <p>You are signed in to Throughline as <strong>%s</strong>. Go back to the Throughline page you were using.</p>
                <form method="post" action="/logout">
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit">Sign out</button>
                </form>
                """.formatted(
                        escape(principal.getName()), escape(csrf.getParameterName()), escape(csrf.getToken())));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
