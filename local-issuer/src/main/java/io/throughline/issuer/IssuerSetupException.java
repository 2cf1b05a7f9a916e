package io.throughline.issuer;

/** Why the issuer cannot start, in one line for the person who configured it. */
class IssuerSetupException extends RuntimeException {

    IssuerSetupException(String message) {
        super(message);
    }

    IssuerSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
