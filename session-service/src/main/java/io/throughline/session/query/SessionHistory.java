package io.throughline.session.query;

import io.throughline.events.EventEnvelope;
import io.throughline.events.SessionEvent;
import io.throughline.events.SessionScheduled;
import io.throughline.platform.commands.RecordedBy;
import io.throughline.session.command.SessionKey;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
        return messages(key).map(SessionHistory::envelope).toList();
    }

    /** The session's events in order with who recorded each; empty when the organisation has no such session. */
    public List<RecordedEvent> recorded(SessionKey key) {
        return messages(key)
                .map(message -> new RecordedEvent(envelope(message), RecordedBy.of(message.getMetaData())))
                .toList();
    }

    public Optional<SessionView> view(SessionKey key) {
        List<SessionEvent> events = events(key).stream()
                .map(envelope -> (SessionEvent) envelope.event())
                .toList();
        return events.isEmpty() ? Optional.empty() : Optional.of(SessionViewFold.fold(events));
    }

    /**
     * Whose session it is, from its first event alone (the scheduling names client and coach, and no later event
     * changes them); empty when the organisation has no such session.
     */
    public Optional<SessionOwners> owners(SessionKey key) {
        try (Stream<? extends DomainEventMessage<?>> messages = messages(key)) {
            return messages.findFirst().map(SessionHistory::envelope).map(envelope -> {
                if (!(envelope.event() instanceof SessionScheduled scheduled)) {
                    throw new IllegalStateException("The stream of " + key + " starts with a "
                            + envelope.type().type() + ", not with the scheduling");
                }
                return new SessionOwners(scheduled.clientId(), scheduled.coachId());
            });
        }
    }

    private Stream<? extends DomainEventMessage<?>> messages(SessionKey key) {
        return eventStore.readEvents(key.toString(), 0).asStream();
    }

    private static EventEnvelope envelope(DomainEventMessage<?> message) {
        if (!(message.getPayload() instanceof SessionEvent event)) {
            throw new IllegalStateException("The stream of " + message.getAggregateIdentifier() + " holds a "
                    + message.getPayloadType().getName() + " at " + message.getSequenceNumber());
        }
        return new EventEnvelope(message.getIdentifier(), message.getSequenceNumber(), event);
    }
}
