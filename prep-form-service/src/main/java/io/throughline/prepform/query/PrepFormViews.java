package io.throughline.prepform.query;

import io.throughline.prepform.command.EventMetaData;
import io.throughline.prepform.command.PrepFormKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A form's view folded from its events in the event store: a client reads its own writes the
 * moment the command returned, which no asynchronously kept read model can promise. The coach of
 * the form's session comes from the metadata of its requested event.
 */
public class PrepFormViews {

    private final EventStore eventStore;

    public PrepFormViews(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<PrepFormEntry> find(String orgId, String prepFormId) {
        return find(new PrepFormKey(orgId, prepFormId));
    }

    public Optional<PrepFormEntry> find(PrepFormKey key) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        eventStore.readEvents(key.toString()).forEachRemaining(messages::add);
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        // The latest requested event names the coach (a form the client created first learns it later).
        String coachId = messages.stream()
                .map(message -> EventMetaData.coachOf(message.getMetaData()))
                .filter(Objects::nonNull)
                .reduce((earlier, later) -> later)
                .orElse(null);
        long version = messages.getLast().getSequenceNumber();
        Instant createdAt = messages.getFirst().getTimestamp();
        return PrepFormViewFold.fold(
                        messages.stream().map(DomainEventMessage::getPayload).toList())
                .map(view -> new PrepFormEntry(view, coachId, version, createdAt));
    }
}
