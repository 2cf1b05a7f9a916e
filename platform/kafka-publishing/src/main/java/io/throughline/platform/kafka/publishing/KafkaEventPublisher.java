package io.throughline.platform.kafka.publishing;

import io.throughline.events.CoachingEvent;
import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Sends every stored {@link CoachingEvent} to Kafka as a CloudEvent (binary mode, key = clientId,
 * {@code ce_id} = the event's id, {@code ce_sequence} = its sequence number in its aggregate). Events
 * that are not part of the contract stay in the service. The sends of a batch go out together; at
 * the batch's last event the publisher waits for Kafka's acknowledgement of all of them, and a
 * failure rolls the batch back, so the processor's token never passes an unacknowledged event. A
 * failed send also stops the sends queued behind it ({@link OrderKeepingProducer}), so an event never
 * reaches the topic before one that came earlier in its aggregate.
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private final OrderKeepingProducer producer;
    private final CoachingEventCodec codec = new CoachingEventCodec();
    private final Runnable onFailure;

    /** {@code onFailure} runs when Kafka rejected a batch, e.g. to create topics that are missing. */
    KafkaEventPublisher(OrderKeepingProducer producer, Runnable onFailure) {
        this.producer = producer;
        this.onFailure = onFailure;
    }

    @EventHandler
    void publish(EventMessage<?> message, UnitOfWork<?> unitOfWork) throws InterruptedException {
        PendingSends pending =
                unitOfWork.getOrComputeResource(PendingSends.class.getName(), key -> new PendingSends(producer));
        try {
            if (message.getPayload() instanceof CoachingEvent event
                    && message instanceof DomainEventMessage<?> domain) {
                pending.send(
                        codec.toRecord(new EventEnvelope(message.getIdentifier(), domain.getSequenceNumber(), event)));
            }
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
                pending.awaitAcknowledged();
            }
        } catch (PublishingFailedException e) {
            onFailure.run();
            throw e;
        }
    }
}
