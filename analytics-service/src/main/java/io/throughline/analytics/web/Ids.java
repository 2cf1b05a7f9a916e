package io.throughline.analytics.web;

/** API.md: ids are 1–64 characters of {@code [A-Za-z0-9._-]}. */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9._-]{1,64}";
    public static final String MESSAGE = "must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'";

    private Ids() {
    }
}
