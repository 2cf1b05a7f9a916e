package io.throughline.platform.security;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OpenID Connect issuer whose tokens the service accepts ({@code THROUGHLINE_ISSUER_URI},
 * {@code THROUGHLINE_JWK_SET_URI}, {@code THROUGHLINE_ISSUER_BACKCHANNEL_URI}), the claim names it reads a caller
 * from ({@code throughline.claims.*}) and the page sign-in ({@code throughline.pages.*}).
 *
 * @param issuerUri the issuer ({@code iss} of every token; discovery at its {@code /.well-known/openid-configuration})
 * @param jwkSetUri where to fetch the signing keys instead of discovering them (when the service reaches the
 *                  issuer under another address than the one in its tokens, as inside docker compose)
 * @param issuerBackchannelUri the issuer's address as the service reaches it, for the page sign-in's token endpoint
 *                       (defaults to {@code issuerUri}; only our local issuer's endpoint paths are assumed then)
 * @param claims the names of the claims a caller is read from
 * @param pages the sign-in of the service's page
 */
@ConfigurationProperties("throughline")
public record WebSecurityProperties(
        @DefaultValue("http://localhost:9000") URI issuerUri,
        URI jwkSetUri,
        URI issuerBackchannelUri,
        @DefaultValue Claims claims,
        @DefaultValue Pages pages) {

    /**
     * @param org the caller's organisation
     * @param roles the caller's roles (a list, or a space- or comma-separated string); a dotted path reads a
     *              nested claim, such as Keycloak's {@code realm_access.roles}
     * @param clientId the client a {@code client} is
     * @param coachId the coach a {@code coach} is
     */
    public record Claims(
            @DefaultValue("org") String org,
            @DefaultValue("roles") String roles,
            @DefaultValue("clientId") String clientId,
            @DefaultValue("coachId") String coachId) {}

    /**
     * @param enabled whether the service's page at {@code /} signs people in (authorization code with PKCE)
     * @param clientId the page's client at the issuer
     * @param clientSecret its secret (the service is a confidential client: the browser never sees a token)
     * @param peers the other services a page reads with the signed-in person's rights, by name: {@code GET
     *              /peers/{name}/api/v1/**} is relayed to that base address ({@link PeerRelay})
     * @param links addresses the page links to ({@code GET /me} gives them as {@code links})
     */
    public record Pages(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("throughline-pages") String clientId,
            @DefaultValue("throughline-pages-secret") String clientSecret,
            Map<String, URI> peers,
            @DefaultValue Links links) {

        public Pages {
            peers = peers == null ? Map.of() : Map.copyOf(peers);
        }
    }

    /** @param dashboard the supervisor dashboard (analytics-service's page), as the browser reaches it */
    public record Links(
            @DefaultValue("http://localhost:8083") URI dashboard) {}

    URI backchannel() {
        return issuerBackchannelUri != null ? issuerBackchannelUri : issuerUri;
    }
}
