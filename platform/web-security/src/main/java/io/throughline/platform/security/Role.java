package io.throughline.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles a token's {@code roles} claim names (API.md, "Identity and access"). */
public enum Role {
    CLIENT("client"),
    COACH("coach"),
    SUPERVISOR("supervisor"),
    ORG_ADMIN("org-admin"),
    PLATFORM("platform");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    /** The role's name in a token: {@code client}, {@code coach}, {@code supervisor}, {@code org-admin}, {@code platform}. */
    public String claimValue() {
        return claimValue;
    }

    /** The Spring Security authority of the role, {@code ROLE_} and its claim value (so {@code hasRole("platform")} works). */
    public String authority() {
        return "ROLE_" + claimValue;
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values())
                .filter(role -> role.claimValue.equals(value))
                .findFirst();
    }
}
