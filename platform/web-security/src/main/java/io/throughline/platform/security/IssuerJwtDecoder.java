package io.throughline.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Checks tokens of the configured issuer: signature by the issuer's keys, {@code iss}, expiry. The issuer is
 * looked up on the first token, not at start, so a service comes up before its issuer; until the issuer
 * answers, a token check fails as "cannot be checked now" (503), not as a refused token.
 */
final class IssuerJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;

    IssuerJwtDecoder(WebSecurityProperties properties) {
        String issuer = properties.issuerUri().toString();
        if (properties.jwkSetUri() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                            properties.jwkSetUri().toString())
                    .build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
            this.delegate = decoder;
        } else {
            this.delegate = new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
        }
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        try {
            return delegate.decode(token);
        } catch (JwtDecoderInitializationException unreachable) {
            throw new JwtException("the issuer cannot be reached: " + unreachable.getMessage(), unreachable);
        }
    }
}
