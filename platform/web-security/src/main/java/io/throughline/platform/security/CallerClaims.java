package io.throughline.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads a {@link Caller} from a token's claims under the configured names. A name may be a dotted path into
 * nested claims ({@code realm_access.roles} for Keycloak's realm roles); a roles claim may be a list or a
 * space- or comma-separated string. Unknown role names are ignored.
 */
public final class CallerClaims implements Converter<Jwt, CallerAuthentication> {

    private final WebSecurityProperties.Claims names;

    public CallerClaims(WebSecurityProperties.Claims names) {
        this.names = names;
    }

    @Override
    public CallerAuthentication convert(Jwt jwt) {
        Caller caller = caller(jwt.getSubject(), jwt.getClaims());
        List<GrantedAuthority> authorities = caller.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new CallerAuthentication(jwt, caller, authorities);
    }

    /** The caller the claims describe. */
    public Caller caller(String subject, Map<String, Object> claims) {
        return new Caller(
                subject,
                text(claims, names.org()),
                roles(find(claims, names.roles())),
                text(claims, names.clientId()),
                text(claims, names.coachId()));
    }

    private static Set<Role> roles(Object value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Collection<?> values = switch (value) {
            case null -> List.of();
            case Collection<?> collection -> collection;
            case String string -> List.of(string.split("[\\s,]+"));
            default -> List.of();
        };
        values.forEach(each -> Role.fromClaim(String.valueOf(each)).ifPresent(roles::add));
        return roles;
    }

    private static String text(Map<String, Object> claims, String path) {
        Object value = find(claims, path);
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
    }

    private static Object find(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        return value;
    }
}
