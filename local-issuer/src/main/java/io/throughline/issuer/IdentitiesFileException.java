package io.throughline.issuer;

/** What is wrong with an identities file, in one line that names the file and the identity. */
final class IdentitiesFileException extends IssuerSetupException {

    IdentitiesFileException(String message) {
        super(message);
    }
}
