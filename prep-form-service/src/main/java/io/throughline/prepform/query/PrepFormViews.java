package io.throughline.prepform.query;

import io.throughline.prepform.command.PrepFormKey;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A form's view folded from its events in the event store: a client reads its own writes the
 * moment the command returned, which no asynchronously kept read model can promise.
 */
public class PrepFormViews {

    private final EventStore eventStore;

    public PrepFormViews(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<PrepFormView> find(String orgId, String prepFormId) {
        List<Object> events = new ArrayList<>();
        eventStore.readEvents(new PrepFormKey(orgId, prepFormId).toString())
                .forEachRemaining((DomainEventMessage<?> message) -> events.add(message.getPayload()));
        return PrepFormViewFold.fold(events);
    }
}
