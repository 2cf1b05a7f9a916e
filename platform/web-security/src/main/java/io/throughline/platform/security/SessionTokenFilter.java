package io.throughline.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page's API call carries no token: the browser holds only an {@code HttpOnly} session cookie. For such a
 * request from a signed-in person this filter adds the person's access token (refreshed when it has expired),
 * so the API checks it exactly like any other bearer token. It runs after the CSRF check, which such requests
 * must pass.
 */
final class SessionTokenFilter extends OncePerRequestFilter {

    private final OAuth2AuthorizedClientManager clients;

    SessionTokenFilter(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** The person signed in through the page in this request's session, if any. */
    static OAuth2AuthenticationToken signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security
                        && security.getAuthentication() instanceof OAuth2AuthenticationToken token
                ? token
                : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OAuth2AuthenticationToken person =
                request.getHeader(HttpHeaders.AUTHORIZATION) == null ? signedIn(request) : null;
        String token = person == null ? null : accessToken(clients, person, request, response);
        chain.doFilter(token == null ? request : withBearer(request, token), response);
    }

    /** The person's access token, refreshed when it has expired; null when the refresh token is gone too. */
    static String accessToken(
            OAuth2AuthorizedClientManager clients,
            OAuth2AuthenticationToken person,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            OAuth2AuthorizedClient client = clients.authorize(
                    OAuth2AuthorizeRequest.withClientRegistrationId(person.getAuthorizedClientRegistrationId())
                            .principal(person)
                            .attribute(HttpServletRequest.class.getName(), request)
                            .attribute(HttpServletResponse.class.getName(), response)
                            .build());
            return client == null ? null : client.getAccessToken().getTokenValue();
        } catch (ClientAuthorizationException expired) {
            return null; // the refresh token is gone too: the API answers 401 and the page signs in again
        }
    }

    private static HttpServletRequest withBearer(HttpServletRequest request, String token) {
        String value = "Bearer " + token;
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? value : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)
                        ? Collections.enumeration(java.util.List.of(value))
                        : super.getHeaders(name);
            }
        };
    }
}
