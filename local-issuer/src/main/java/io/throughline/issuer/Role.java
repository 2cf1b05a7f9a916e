package io.throughline.issuer;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The roles of API.md, as they appear in the {@code roles} claim. */
enum Role {
    CLIENT("client"),
    COACH("coach"),
    SUPERVISOR("supervisor"),
    ORG_ADMIN("org-admin"),
    PLATFORM("platform");

    static final String NAMES = Arrays.stream(values()).map(Role::claimValue).collect(Collectors.joining(", "));

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    String claimValue() {
        return claimValue;
    }

    static Optional<Role> of(String claimValue) {
        return Arrays.stream(values())
                .filter(role -> role.claimValue.equals(claimValue))
                .findFirst();
    }
}
