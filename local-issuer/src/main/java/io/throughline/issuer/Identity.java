package io.throughline.issuer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who a token speaks for: the claims the issuer puts into its access and ID tokens. A client's
 * {@code clientId} and a coach's {@code coachId} default to the name. The constructor enforces
 * API.md's rules, each broken one an {@link IllegalArgumentException} with a one-line reason.
 */
record Identity(String name, String org, List<Role> roles, String clientId, String coachId) {

    static final String ORG_CLAIM = "org";
    static final String ROLES_CLAIM = "roles";
    static final String CLIENT_ID_CLAIM = "clientId";
    static final String COACH_ID_CLAIM = "coachId";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    Identity {
        requireId("name", name);
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("no roles (one or more of " + Role.NAMES + ")");
        }
        roles = List.copyOf(roles.stream().distinct().toList());
        if (roles.contains(Role.PLATFORM)) {
            if (roles.size() > 1) {
                throw new IllegalArgumentException("role platform cannot be combined with other roles");
            }
            if (org != null) {
                throw new IllegalArgumentException("role platform acts in every organisation and takes no org");
            }
        } else {
            if (org == null) {
                throw new IllegalArgumentException(
                        "missing org (required for role " + roles.getFirst().claimValue() + ")");
            }
            requireId("org", org);
        }
        clientId = roleId(Role.CLIENT, "clientId", clientId, name, roles);
        coachId = roleId(Role.COACH, "coachId", coachId, name, roles);
    }

    /** The claims of API.md: {@code org} (none for platform), {@code roles}, {@code clientId}, {@code coachId}. */
    Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (org != null) {
            claims.put(ORG_CLAIM, org);
        }
        claims.put(ROLES_CLAIM, roles.stream().map(Role::claimValue).toList());
        if (clientId != null) {
            claims.put(CLIENT_ID_CLAIM, clientId);
        }
        if (coachId != null) {
            claims.put(COACH_ID_CLAIM, coachId);
        }
        return claims;
    }

    private static String roleId(Role role, String field, String value, String name, List<Role> roles) {
        if (!roles.contains(role)) {
            if (value != null) {
                throw new IllegalArgumentException(
                        field + " is given but the roles do not include " + role.claimValue());
            }
            return null;
        }
        String id = value == null ? name : value;
        requireId(field, id);
        return id;
    }

    static void requireId(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing " + field);
        }
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    field + " '" + value + "' is not an id: 1–64 characters of A-Z a-z 0-9 . _ -");
        }
    }
}
