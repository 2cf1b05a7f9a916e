package io.throughline.prepform.command;

import static io.throughline.prepform.command.PrepFormRule.ONE_FORM_PER_SESSION;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The aggregate identifier of a form: its prepFormId within its organisation. Ids are only unique
 * per organisation, while the event store's aggregate ids are global, so two organisations may
 * both have a form {@code prep-1} without sharing one event stream.
 */
public record PrepFormKey(String orgId, String prepFormId) {

    public PrepFormKey {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(prepFormId, "prepFormId");
    }

    /**
     * The one form a session can have. Whoever creates it first (the scheduled event or the
     * client), both address this id, so the event store's unique (aggregate id, sequence 0) lets
     * only one of them create it. A name-based UUID keeps the id within the 64 characters of
     * {@code [A-Za-z0-9._-]} the API allows, whatever the lengths of orgId and sessionId.
     */
    public static PrepFormKey forSession(String orgId, String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        // '/' cannot occur in an id, so distinct (orgId, sessionId) pairs give distinct names.
        byte[] name = ("prep-form/" + orgId + "/" + sessionId).getBytes(StandardCharsets.UTF_8);
        return new PrepFormKey(orgId, UUID.nameUUIDFromBytes(name).toString());
    }

    /** The key of an event store aggregate id, the {@link #toString()} of a key. */
    public static PrepFormKey parse(String aggregateId) {
        int slash = aggregateId.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("Not a prep form's aggregate id: " + aggregateId);
        }
        return new PrepFormKey(aggregateId.substring(0, slash), aggregateId.substring(slash + 1));
    }

    public boolean isFormOf(String sessionId) {
        return equals(forSession(orgId, sessionId));
    }

    /** A command naming a session must address that session's one form; {@code null} (no session) passes. */
    void requireFormOfSession(String sessionId) {
        if (sessionId != null) {
            ONE_FORM_PER_SESSION.check(
                    isFormOf(sessionId),
                    "the form of session " + sessionId + " is "
                            + forSession(orgId, sessionId).prepFormId() + ", not " + prepFormId);
        }
    }

    /** The aggregate identifier Axon stores: it is what Axon calls toString on. */
    @Override
    public String toString() {
        return orgId + "/" + prepFormId;
    }
}
