package io.throughline.session.query.list;

import io.throughline.events.SessionEvent;
import io.throughline.session.command.SessionKey;
import io.throughline.session.query.SessionHistory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * Keeps {@link SessionList} up to date in its own processing group, so it can be rebuilt alone by
 * resetting that group's token: the reset empties the list, and the replay fills it again. Each event
 * refolds the session from the event store, which gives the list exactly the view
 * {@code GET /sessions/{id}} gives; an event the stored view already includes is skipped. A failure
 * propagates (the processor retries from its token) rather than being logged and lost.
 */
@ProcessingGroup(SessionListProjection.PROCESSING_GROUP)
public class SessionListProjection {

    public static final String PROCESSING_GROUP = "session-list";

    private final SessionHistory history;
    private final SessionList list;

    public SessionListProjection(SessionHistory history, SessionList list) {
        this.history = history;
        this.list = list;
    }

    @EventHandler
    void on(SessionEvent event, @SequenceNumber long sequence) {
        SessionKey key = new SessionKey(event.orgId(), event.sessionId());
        if (!list.includes(key, sequence)) {
            history.view(key).ifPresent(list::save);
        }
    }

    @ResetHandler
    void reset() {
        list.clear();
    }
}
