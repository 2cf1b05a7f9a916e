package io.throughline.prepform.command;

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

    public boolean isFormOf(String sessionId) {
        return equals(forSession(orgId, sessionId));
    }

    /** The aggregate identifier Axon stores: it is what Axon calls toString on. */
    @Override
    public String toString() {
        return orgId + "/" + prepFormId;
    }
}
