package io.throughline.prepform.web;

/** The shape API.md gives every id: orgId, clientId, sessionId, prepFormId. */
final class Identifiers {

    static final String PATTERN = "[A-Za-z0-9._-]{1,64}";
    static final String MESSAGE = "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-'";

    private Identifiers() {
    }
}
