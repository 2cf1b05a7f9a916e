package io.throughline.session.command;

import static java.util.Objects.requireNonNull;

/**
 * The aggregate identifier of a session: its sessionId within its organisation. Ids are only unique
 * per organisation, while the event store's aggregate ids are global, so two organisations may both
 * have a {@code session-1} without sharing one event stream. The published events keep the plain
 * sessionId; this key is only how the service stores them.
 */
public record SessionKey(String orgId, String sessionId) {

    public SessionKey {
        requireNonNull(orgId, "orgId");
        requireNonNull(sessionId, "sessionId");
    }

    /** The aggregate identifier Axon stores: it is what Axon calls toString on. '/' cannot occur in an id. */
    @Override
    public String toString() {
        return orgId + "/" + sessionId;
    }
}
