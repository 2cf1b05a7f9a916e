package io.throughline.session.query;

import io.throughline.events.EventEnvelope;
import io.throughline.events.SessionEvent;
import io.throughline.session.command.SessionKey;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A session's events as the event store holds them, from sequence 0. Reading the store itself rather
 * than a projection is what lets a client read its own writes: the write was stored before it was
 * answered.
 */
public class SessionHistory {

    private final EventStore eventStore;

    public SessionHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The session's events in order; empty when the organisation has no such session. */
    public List<EventEnvelope> events(SessionKey key) {
        return eventStore.readEvents(key.toString(), 0).asStream()
                .map(SessionHistory::envelope)
                .toList();
    }

    public Optional<SessionView> view(SessionKey key) {
        List<SessionEvent> events = events(key).stream().map(envelope -> (SessionEvent) envelope.event()).toList();
        return events.isEmpty() ? Optional.empty() : Optional.of(SessionViewFold.fold(events));
    }

    private static EventEnvelope envelope(DomainEventMessage<?> message) {
        if (!(message.getPayload() instanceof SessionEvent event)) {
            throw new IllegalStateException("The stream of " + message.getAggregateIdentifier() + " holds a "
                    + message.getPayloadType().getName() + " at " + message.getSequenceNumber());
        }
        return new EventEnvelope(message.getIdentifier(), message.getSequenceNumber(), event);
    }
}
