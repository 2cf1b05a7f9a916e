package io.throughline.platform.kafka.publishing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.events.CoachingEventCodec;
import io.throughline.events.EventEnvelope;
import io.throughline.events.PieceCompleted;
import io.throughline.events.SessionEvent;
import io.throughline.events.SessionScheduled;
import io.throughline.events.Topics;
import io.throughline.platform.embedded.EmbeddedKafkaBroker;
import io.throughline.platform.testing.WithInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker is stopped in the middle of a stream of events and started again later than the
 * producer's delivery timeout: every event still reaches the topic, in per-aggregate order, and the
 * re-sent duplicates are counted.
 */
@WithInfrastructure
@SpringBootTest(classes = PublisherTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BrokerOutageIT {

    private static final int SESSIONS = 10;
    private static final int EVENTS_PER_SESSION = 30;
    private static final Path LOG_DIRECTORY = temporaryDirectory();
    private static final EmbeddedKafkaBroker BROKER =
            EmbeddedKafkaBroker.persistent(0, LOG_DIRECTORY).start();

    @Autowired
    EventStore eventStore;

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
        registry.add("spring.mongodb.database", () -> "broker-outage-" + UUID.randomUUID());
        registry.add("throughline.kafka.publisher.topic", () -> Topics.SESSIONS);
        registry.add("throughline.kafka.publisher.delivery-timeout", () -> "4s");
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    void everyEventReachesTheTopicInPerAggregateOrderThroughABrokerOutage() throws Exception {
        List<DomainEventMessage<?>> published = new ArrayList<>();
        for (int n = 0; n < EVENTS_PER_SESSION; n++) {
            for (int s = 0; s < SESSIONS; s++) {
                DomainEventMessage<?> event = event("session-" + s, n);
                eventStore.publish(event);
                published.add(event);
                Thread.sleep(5);
            }
            if (n == EVENTS_PER_SESSION / 3) {
                BROKER.stop();
            }
            if (n == 2 * EVENTS_PER_SESSION / 3) {
                Thread.sleep(6_000);
                BROKER.start();
            }
        }

        List<EventEnvelope> received = consumeUntilAll(published, Duration.ofSeconds(90));
        Set<String> ids = new HashSet<>();
        Map<String, List<Long>> firstSequencesPerSession = new HashMap<>();
        for (EventEnvelope envelope : received) {
            if (ids.add(envelope.id())) {
                firstSequencesPerSession
                        .computeIfAbsent(envelope.event().subject(), k -> new ArrayList<>())
                        .add(envelope.sequence());
            }
        }
        int duplicates = received.size() - ids.size();
        System.out.printf(
                "[broker-outage] %d events published, %d records on the topic, %d distinct, %d duplicates%n",
                published.size(), received.size(), ids.size(), duplicates);

        assertThat(ids)
                .containsExactlyInAnyOrderElementsOf(published.stream()
                        .map(DomainEventMessage::getIdentifier)
                        .toList());
        assertThat(firstSequencesPerSession)
                .hasSize(SESSIONS)
                .allSatisfy((session, sequences) -> assertThat(sequences)
                        .as(session)
                        .containsExactlyElementsOf(java.util.stream.LongStream.range(0, EVENTS_PER_SESSION)
                                .boxed()
                                .toList()));
    }

    private static List<EventEnvelope> consumeUntilAll(List<DomainEventMessage<?>> published, Duration timeout) {
        CoachingEventCodec codec = new CoachingEventCodec();
        Set<String> expected = new HashSet<>(
                published.stream().map(DomainEventMessage::getIdentifier).toList());
        List<EventEnvelope> received = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "broker-outage-it",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.SESSIONS));
            Set<String> seen = new HashSet<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!seen.containsAll(expected) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    EventEnvelope envelope = codec.fromRecord(record);
                    assertThat(record.key()).isEqualTo(envelope.event().clientId());
                    assertThat(new String(
                                    record.headers().lastHeader("ce_source").value(), UTF_8))
                            .isEqualTo("/session-service");
                    received.add(envelope);
                    seen.add(envelope.id());
                }
            }
        }
        return received;
    }

    private static DomainEventMessage<?> event(String sessionId, int sequence) {
        Instant at = Instant.parse("2026-11-23T10:00:00Z").plusSeconds(sequence);
        SessionEvent payload = sequence == 0
                ? new SessionScheduled(sessionId, "org-1", "client-" + sessionId, "coach-1", at, 60, at)
                : new PieceCompleted(sessionId, "org-1", "client-" + sessionId, "piece " + sequence, "next", at);
        return new GenericDomainEventMessage<>("CoachingSession", sessionId, sequence, payload);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("broker-outage-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
