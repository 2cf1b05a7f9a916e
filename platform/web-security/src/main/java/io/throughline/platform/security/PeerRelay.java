package io.throughline.platform.security;

import io.swagger.v3.oas.annotations.Hidden;
import io.throughline.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page reads another service's API with the signed-in person's rights: the browser holds no token and the other
 * service is another origin (no CORS is allowed), so {@code GET /peers/{name}/api/v1/**} is sent on, server-side,
 * to the peer's configured base address ({@code throughline.pages.peers.<name>}) with the person's access token.
 * The peer checks that token as any other; its status and answer (problem+json included) come back as they are.
 * Nothing else of the request goes on (no cookies, no other header), only GET is relayed, an unknown peer is a 404
 * and a peer that cannot be reached a 503. A request with a bearer token of its own (a script) is relayed with that
 * token instead.
 */
@RestController
@Hidden
class PeerRelay {

    static final String PREFIX = "/peers/";
    /** What may follow the peer's name: its API, plain path characters, no {@code ..} segment. */
    private static final Pattern API_PATH = Pattern.compile("/api/v1/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*");

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);

    private final Map<String, URI> peers;
    private final OAuth2AuthorizedClientManager clients;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    PeerRelay(WebSecurityProperties properties, OAuth2AuthorizedClientManager clients) {
        this.peers = properties.pages().peers();
        this.clients = clients;
    }

    @GetMapping(PREFIX + "{name}/api/v1/**")
    ResponseEntity<?> relay(@PathVariable String name, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        URI base = peers.get(name);
        if (base == null) {
            return problem(Problems.notFound("No peer service named '" + name + "' is configured for this page"));
        }
        String path =
                request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length() + name.length());
        if (!API_PATH.matcher(path).matches() || path.contains("/../") || path.endsWith("/..")) {
            return problem(Problems.of(HttpStatus.BAD_REQUEST, "Not a path of the peer's API: " + path));
        }
        String token = token(request, response);
        if (token == null) {
            return problem(Problems.of(HttpStatus.UNAUTHORIZED, "Sign in to the page first"));
        }
        String query = request.getQueryString();
        URI target = URI.create(stripSlash(base.toString()) + path + (query == null ? "" : "?" + query));
        HttpRequest forwarded = HttpRequest.newBuilder(target)
                .timeout(ANSWER_TIMEOUT)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.ACCEPT, "application/json, application/problem+json")
                .GET()
                .build();
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(forwarded, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException unreachable) {
            return problem(Problems.unavailable("The " + name + " service cannot be reached; try again shortly"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return problem(Problems.unavailable("The " + name + " service did not answer"));
        }
        ResponseEntity.BodyBuilder relayed =
                ResponseEntity.status(answer.statusCode()).cacheControl(CacheControl.noStore());
        answer.headers()
                .firstValue(HttpHeaders.CONTENT_TYPE)
                .ifPresent(type -> relayed.header(HttpHeaders.CONTENT_TYPE, type));
        return relayed.body(answer.body());
    }

    /** The caller's own bearer token, else the signed-in person's (refreshed when expired); null for neither. */
    private String token(HttpServletRequest request, HttpServletResponse response) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        OAuth2AuthenticationToken person = SessionTokenFilter.signedIn(request);
        return person == null ? null : SessionTokenFilter.accessToken(clients, person, request, response);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore())
                .body(problem);
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
