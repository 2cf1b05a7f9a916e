package io.throughline.prepform.query;

import io.throughline.prepform.command.EventMetaData;
import io.throughline.prepform.command.PrepFormKey;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        List<Object> events = new ArrayList<>();
        String[] coachId = {null};
        eventStore.readEvents(new PrepFormKey(orgId, prepFormId).toString())
                .forEachRemaining((DomainEventMessage<?> message) -> {
                    events.add(message.getPayload());
                    String named = EventMetaData.coachOf(message.getMetaData());
                    if (named != null) {
                        coachId[0] = named;
                    }
                });
        return PrepFormViewFold.fold(events).map(view -> new PrepFormEntry(view, coachId[0]));
    }
}
