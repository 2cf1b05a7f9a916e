package io.throughline.platform.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, as the token says: its subject, organisation ({@code null} for {@code platform}), roles, and
 * the client or coach the person is. A controller method takes it as a parameter; ownership is decided with it
 * where the data is.
 */
public record Caller(String subject, String orgId, Set<Role> roles, String clientId, String coachId) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isPlatform() {
        return has(Role.PLATFORM);
    }

    /** Whether the caller acts in this organisation: its own, or any for {@code platform}. */
    public boolean actsIn(String organisation) {
        return isPlatform() || (orgId != null && orgId.equals(organisation));
    }

    /** {@code platform} or {@code org-admin}: everything in the organisation. */
    public boolean mayDoEverything() {
        return isPlatform() || has(Role.ORG_ADMIN);
    }

    /** Whether the caller is this client (has the {@code client} role and the client id). */
    public boolean isClient(String id) {
        return has(Role.CLIENT) && clientId != null && clientId.equals(id);
    }

    /** Whether the caller is this coach (has the {@code coach} role and the coach id). */
    public boolean isCoach(String id) {
        return has(Role.COACH) && coachId != null && coachId.equals(id);
    }

    /** The caller of the request being handled, if it was authenticated by a token. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof CallerAuthentication caller ? Optional.of(caller.caller()) : Optional.empty();
    }
}
