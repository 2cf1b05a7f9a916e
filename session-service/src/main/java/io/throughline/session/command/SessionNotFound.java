package io.throughline.session.command;

import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * The session exists, but not in the organisation the command names. It is answered as if the session
 * did not exist at all (404), so one tenant learns nothing about another's ids; extending Axon's
 * exception lets the web layer treat both cases as one.
 */
public class SessionNotFound extends AggregateNotFoundException {

    public SessionNotFound(String sessionId, String orgId) {
        super(sessionId, "No session " + sessionId + " in organisation " + orgId);
    }
}
