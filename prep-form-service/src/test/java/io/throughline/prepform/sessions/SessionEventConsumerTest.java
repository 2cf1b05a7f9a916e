package io.throughline.prepform.sessions;

import static io.throughline.prepform.PrepFormMother.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import io.throughline.events.SessionEnded;
import io.throughline.events.SessionEvent;
import io.throughline.events.Topics;
import io.throughline.events.UndecodableEventException;
import io.throughline.platform.commands.RetryingCommandGateway;
import io.throughline.platform.rules.RuleViolation;
import io.throughline.prepform.command.MarkPrepFormMissed;
import io.throughline.prepform.command.PrepFormRule;
import io.throughline.prepform.command.RequestPrepForm;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;

class SessionEventConsumerTest {

    private static final CoachingEventCodec CODEC = new CoachingEventCodec();

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SessionEventConsumer consumer =
            new SessionEventConsumer(new RetryingCommandGateway(commandGateway, 2), meters);

    @Test
    void requestsTheFormOfAScheduledSession() {
        consumer.consume(record(scheduled()));

        verify(commandGateway).sendAndWait(requestForm());
    }

    @Test
    void marksTheFormOfAStartedSessionMissed() {
        consumer.consume(record(started()));

        verify(commandGateway).sendAndWait(markMissed());
    }

    @Test
    void sendsNothingForOtherSessionEvents() {
        consumer.consume(record(new SessionEnded(SESSION, ORG, CLIENT, COACH, "ACHIEVED", null, AFTER_START)));

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void takesAStartedSessionWithoutAFormAsDone() {
        when(commandGateway.sendAndWait(any(MarkPrepFormMissed.class)))
                .thenThrow(new AggregateNotFoundException(FORM, "no form"));

        assertThatNoException().isThrownBy(() -> consumer.consume(record(started())));
    }

    @Test
    void skipsAndCountsARecordThatBreaksARuleOfTheForm() {
        when(commandGateway.sendAndWait(any(RequestPrepForm.class)))
                .thenThrow(new RuleViolation(PrepFormRule.SAME_CLIENT_AND_SESSION, "another client's form"));

        consumer.consume(record(scheduled()));

        assertThat(skipped("rule-violation")).isEqualTo(1);
    }

    @Test
    void skipsAndCountsAnEventTypeItDoesNotKnow() {
        ProducerRecord<String, byte[]> produced = CODEC.toRecord(envelope(scheduled()));
        produced.headers()
                .remove("ce_type")
                .add("ce_type", "coaching.session.rescheduled".getBytes(StandardCharsets.UTF_8));

        consumer.consume(received(produced.headers(), produced.value()));

        assertThat(skipped("unknown-type")).isEqualTo(1);
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void refusesARecordThatIsNoCloudEventAsUndecodable() {
        assertThatThrownBy(() -> consumer.consume(received(new RecordHeaders(), "{".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UndecodableEventException.class);
    }

    @Test
    void refusesAScheduledEventWithoutItsStartAsUndecodable() {
        ProducerRecord<String, byte[]> produced = CODEC.toRecord(envelope(scheduled()));
        byte[] withoutStart = new String(produced.value(), StandardCharsets.UTF_8)
                .replaceAll("\"scheduledStart\":\"[^\"]*\",?", "")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> consumer.consume(received(produced.headers(), withoutStart)))
                .isInstanceOf(UndecodableEventException.class);
    }

    @Test
    void refusesAPrepFormEventOnTheSessionsTopicAsUndecodable() {
        assertThatThrownBy(() -> consumer.consume(record(new EventEnvelope("e-1", 0, requested()))))
                .isInstanceOf(UndecodableEventException.class);
    }

    @Test
    void letsAFailureOfTheEventStoreThroughToBeRetried() {
        when(commandGateway.sendAndWait(any(RequestPrepForm.class)))
                .thenThrow(new EventStoreException("MongoDB is down"));

        assertThatThrownBy(() -> consumer.consume(record(scheduled()))).isInstanceOf(EventStoreException.class);
    }

    private double skipped(String reason) {
        return Optional.ofNullable(meters.find(SessionEventConsumer.SKIPPED)
                        .tag("reason", reason)
                        .counter())
                .map(counter -> counter.count())
                .orElse(0.0);
    }

    private static EventEnvelope envelope(SessionEvent event) {
        return new EventEnvelope("e-1", 0, event);
    }

    private static ConsumerRecord<byte[], byte[]> record(SessionEvent event) {
        return record(envelope(event));
    }

    private static ConsumerRecord<byte[], byte[]> record(EventEnvelope envelope) {
        ProducerRecord<String, byte[]> produced = CODEC.toRecord(envelope);
        return received(produced.headers(), produced.value());
    }

    private static ConsumerRecord<byte[], byte[]> received(
            org.apache.kafka.common.header.Headers headers, byte[] value) {
        return new ConsumerRecord<>(
                Topics.SESSIONS,
                0,
                0,
                0L,
                TimestampType.CREATE_TIME,
                0,
                value.length,
                CLIENT.getBytes(StandardCharsets.UTF_8),
                value,
                headers,
                Optional.empty());
    }
}
