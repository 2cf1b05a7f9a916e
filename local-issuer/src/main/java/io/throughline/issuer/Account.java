package io.throughline.issuer;

/**
 * An identity with the credentials it uses: a {@code password} makes it a person who signs in with
 * the form, a {@code secret} a client of the client-credentials grant. At least one is given. The
 * plain values live only until the issuer has encoded them into its user and client stores.
 */
record Account(Identity identity, String password, String secret) {

    Account {
        if (isBlank(password) && isBlank(secret)) {
            throw new IllegalArgumentException(
                    "needs a password (to sign in) or a secret (for client credentials), or both");
        }
        password = isBlank(password) ? null : password;
        secret = isBlank(secret) ? null : secret;
    }

    String name() {
        return identity.name();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
