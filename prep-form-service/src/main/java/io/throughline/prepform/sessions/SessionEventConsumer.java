package io.throughline.prepform.sessions;

import io.micrometer.core.instrument.MeterRegistry;
import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import io.throughline.events.SessionEvent;
import io.throughline.events.Topics;
import io.throughline.events.UndecodableEventException;
import io.throughline.events.UnknownEventTypeException;
import io.throughline.platform.commands.RetryingCommandGateway;
import io.throughline.platform.rules.RuleViolation;
import io.throughline.prepform.command.MarkPrepFormMissed;
import io.throughline.prepform.command.PrepFormCommand;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Turns each record of {@link Topics#SESSIONS} into the prep-form commands it asks for and returns
 * only once they succeeded, so the offset is committed after the commands, never before. What it
 * throws decides the record's fate in the container's error handler: an
 * {@link UndecodableEventException} goes to the dead-letter topic, anything else is retried.
 */
public class SessionEventConsumer {

    public static final String LISTENER_ID = "session-events";
    static final String SKIPPED = "prepform.session.events.skipped";

    private static final Logger log = LoggerFactory.getLogger(SessionEventConsumer.class);

    private final CoachingEventCodec codec = new CoachingEventCodec();
    private final SessionEventPolicy policy = new SessionEventPolicy();
    private final RetryingCommandGateway gateway;
    private final MeterRegistry meters;

    public SessionEventConsumer(RetryingCommandGateway gateway, MeterRegistry meters) {
        this.gateway = gateway;
        this.meters = meters;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.SESSIONS)
    public void consume(ConsumerRecord<?, byte[]> record) {
        EventEnvelope envelope;
        try {
            envelope = codec.fromRecord(record);
        } catch (UnknownEventTypeException unknown) {
            // A newer session-service may publish types this version does not know; none of them concern forms yet.
            skipped("unknown-type", record, unknown.getMessage());
            return;
        }
        if (!(envelope.event() instanceof SessionEvent event)) {
            throw new UndecodableEventException(
                    "Event " + envelope.id() + " of type " + envelope.type().type() + " is not a session event");
        }
        for (PrepFormCommand command : commandsFor(envelope, event)) {
            send(command, record);
        }
    }

    private List<PrepFormCommand> commandsFor(EventEnvelope envelope, SessionEvent event) {
        try {
            return policy.commandsFor(event);
        } catch (NullPointerException | IllegalArgumentException missing) {
            // The codec checks the fields every event has; a field only this type needs can still be missing.
            throw new UndecodableEventException(
                    "Event " + envelope.id() + " of type " + envelope.type().type() + " lacks what a prep form needs: "
                            + missing.getMessage(),
                    missing);
        }
    }

    private void send(PrepFormCommand command, ConsumerRecord<?, byte[]> record) {
        try {
            gateway.send(command);
        } catch (AggregateNotFoundException notFound) {
            if (!(command instanceof MarkPrepFormMissed missed)) {
                throw notFound;
            }
            log.debug("Session {} started without a prep form; nothing to miss", missed.sessionId());
        } catch (RuleViolation violation) {
            // Readable, but contradicts the form (another client's session id, say): retrying cannot change that.
            skipped("rule-violation", record, violation.getMessage());
        } catch (RuntimeException failure) {
            // Spring Kafka logs retries only at debug level; a stuck partition should be visible.
            log.warn(
                    "Record {}-{}@{} failed and will be retried: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    failure.toString());
            throw failure;
        }
    }

    private void skipped(String reason, ConsumerRecord<?, byte[]> record, String why) {
        meters.counter(SKIPPED, "reason", reason).increment();
        log.warn("Skipped record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), why);
    }
}
