package io.throughline.platform.security;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /me}: who is signed in to the page, and the token its state-changing requests send in the CSRF
 * header, and where the page links to ({@code links.dashboard}). Not part of the API (the page's own session, no bearer token).
 */
@RestController
@Hidden
class SignedInController {

    private final CallerClaims claims;
    private final WebSecurityProperties.Links links;

    SignedInController(CallerClaims claims, WebSecurityProperties.Links links) {
        this.claims = claims;
        this.links = links;
    }

    @GetMapping(value = "/me", produces = "application/json")
    Map<String, Object> me(@AuthenticationPrincipal OidcUser person, HttpServletRequest request) {
        Caller caller = claims.caller(person.getSubject(), person.getClaims());
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("subject", caller.subject());
        me.put("name", person.getPreferredUsername() != null ? person.getPreferredUsername() : caller.subject());
        me.put("orgId", caller.orgId());
        me.put("roles", caller.roles().stream().map(Role::claimValue).sorted().toList());
        me.put("clientId", caller.clientId());
        me.put("coachId", caller.coachId());
        me.put(
                "csrf",
                csrf == null
                        ? null
                        : Map.of(
                                "header",
                                csrf.getHeaderName(),
                                "parameter",
                                csrf.getParameterName(),
                                "token",
                                csrf.getToken()));
        me.put("links", Map.of("dashboard", links.dashboard().toString()));
        return me;
    }
}
