package io.throughline.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** An authenticated bearer token with the {@link Caller} read from its claims. */
public final class CallerAuthentication extends JwtAuthenticationToken {

    private final Caller caller;

    CallerAuthentication(Jwt jwt, Caller caller, Collection<? extends GrantedAuthority> authorities) {
        super(jwt, authorities, caller.subject());
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
