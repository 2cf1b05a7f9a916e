package io.throughline.prepform.command;

/**
 * What {@link DraftPrepForm} did: the client's request either made the form or, because the
 * session's form already existed, filled that one in; the API answers 201 and 200 respectively.
 */
public enum DraftOutcome {
    CREATED,
    FILLED_IN
}
