package io.throughline.session.command;

import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * The organisation has no session with this id. A session of another organisation lives in another
 * stream ({@link SessionKey}), so it is unknown here too and one tenant learns nothing about
 * another's ids. Extending Axon's exception lets the web layer answer both the same way (404).
 */
public class SessionNotFound extends AggregateNotFoundException {

    public SessionNotFound(SessionKey key) {
        super(key.toString(), "No session " + key.sessionId() + " in organisation " + key.orgId());
    }
}
