package io.throughline.issuer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the caller's {@code org}, {@code roles}, {@code clientId} and {@code coachId} into every JWT
 * the issuer makes, access and ID tokens alike, and into the UserInfo answer. The caller is the
 * person who signed in (authorization code, refresh token) or the client itself (client
 * credentials); its name is the token's {@code sub}.
 */
final class IdentityClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final Directory directory;

    IdentityClaims(Directory directory) {
        this.directory = directory;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        directory
                .find(context.getPrincipal().getName())
                .ifPresent(identity -> identity.claims()
                        .forEach((name, value) -> context.getClaims().claim(name, value)));
    }

    OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        String subject = context.getAuthorization().getPrincipalName();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(IdTokenClaimNames.SUB, subject);
        directory.find(subject).ifPresent(identity -> claims.putAll(identity.claims()));
        return new OidcUserInfo(claims);
    }
}
