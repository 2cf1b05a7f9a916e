package io.throughline.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers when security stops a request, as RFC 9457 problems: 401 with {@code WWW-Authenticate:
 * Bearer} (no token, or one refused), 403 (another organisation, or a role that may not use the endpoint), and
 * 503 when the issuer's keys cannot be fetched.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final URI issuer;

    ProblemResponses(URI issuer) {
        this.issuer = issuer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearer.commence(request, response, failure);
        String detail = failure instanceof InvalidBearerTokenException
                ? "The bearer token was refused: " + failure.getMessage()
                : "This needs a bearer token (Authorization: Bearer …) from the issuer " + issuer + ".";
        write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Object reason = request.getAttribute(ApiAccess.DENIAL_REASON);
        write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                reason != null ? reason.toString() : "This request is not allowed: " + denied.getMessage());
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof AuthenticationServiceException) {
            write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The token cannot be checked now: the issuer " + issuer + " does not answer.");
        } else {
            commence(request, response, failure);
        }
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
