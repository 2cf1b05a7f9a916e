package io.throughline.platform.eventstore;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** An aggregate that only loads: it refuses a stream with a hole or a repeat. */
public class Thing {

    @AggregateIdentifier
    private String id;

    private int events;

    Thing() {}

    @EventSourcingHandler
    void on(ThingHappened event) {
        if (event.number() != events) {
            throw new IllegalStateException(
                    "Expected event " + events + " of " + event.aggregateId() + ", got " + event.number());
        }
        id = event.aggregateId();
        events++;
    }

    int events() {
        return events;
    }
}
