package io.throughline.session.web;

import static io.throughline.session.SessionApi.body;
import static io.throughline.session.SessionApi.session;
import static io.throughline.session.SessionMother.TEAM;
import static io.throughline.session.SessionMother.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.session.RunningService;
import io.throughline.session.SessionApi;
import io.throughline.session.SessionApi.Answer;
import io.throughline.session.command.CoachingSession;
import io.throughline.session.command.CompletePiece;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Many clients writing to one session at once: each write succeeds or is a 409, never a 5xx, and the
 * stream stays whole: sequence numbers 0…n without a hole or a duplicate, one event per success.
 */
@RunningService
class ConcurrentChangesIT {

    private static final String ORG = "concurrency-org";
    private static final int WRITERS = 20;

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    private SessionApi api;

    @BeforeEach
    void connect() {
        api = new SessionApi(port);
    }

    @Test
    void parallelCheckInsAndPiecesKeepTheStreamWhole() throws Exception {
        String sessionId = "parallel-" + UUID.randomUUID();
        String session = session(ORG, sessionId);
        api.schedule(ORG, sessionId, "client-concurrency");
        api.post(session + "/start", body("at", at("10:00")));
        api.post(session + "/agreement", body("at", at("10:03"), "topic", TEAM));

        List<Answer> answers = inParallel(writer -> writer % 2 == 0
                ? api.post(
                        session + "/check-in",
                        body("at", at("10:10"), "readiness", "READY", "note", "writer " + writer))
                : api.post(session + "/pieces", body("at", at("10:10"), "summary", "writer " + writer)));

        assertThat(answers)
                .allSatisfy(
                        answer -> assertThat(answer.status()).as(answer.body()).isIn(200, 409));
        long succeeded =
                answers.stream().filter(answer -> answer.status() == 200).count();
        assertWholeStream(ORG, sessionId, 3 + succeeded);
    }

    /**
     * A second service instance is a second Axon repository over the same event store, with its own
     * locks: its writes really race this instance's for the next sequence number, and this
     * instance's losers are sent again instead of answered 5xx or lost.
     */
    @Test
    void writesRacingAnotherInstanceAreSentAgainNotLost() throws Exception {
        String sessionId = "two-instances-" + UUID.randomUUID();
        String session = session(ORG, sessionId);
        api.schedule(ORG, sessionId, "client-concurrency");
        api.post(session + "/start", body("at", at("10:00")));
        CommandGateway otherInstance = anotherInstance();
        AtomicInteger otherInstanceWrites = new AtomicInteger();

        List<Answer> answers = inParallel(writer -> {
            if (writer % 2 == 0) {
                return api.post(session + "/pieces", body("at", at("10:10"), "summary", "writer " + writer));
            }
            try {
                otherInstance.sendAndWait(new CompletePiece(sessionId, ORG, "other " + writer, null, at("10:10")));
                otherInstanceWrites.incrementAndGet();
            } catch (ConcurrencyException lostTheRace) {
                // The other instance has no retries: its loser simply appends nothing.
            }
            return null;
        });

        List<Answer> ours = answers.stream().filter(Objects::nonNull).toList();
        assertThat(ours)
                .hasSize(WRITERS / 2)
                .allSatisfy(
                        answer -> assertThat(answer.status()).as(answer.body()).isIn(200, 409));
        long succeeded = ours.stream().filter(answer -> answer.status() == 200).count();
        assertWholeStream(ORG, sessionId, 2 + succeeded + otherInstanceWrites.get());
    }

    @Test
    void parallelCreatesOfOneSessionCreateItOnce() throws Exception {
        String sessionId = "created-once-" + UUID.randomUUID();

        List<Answer> answers = inParallel(writer -> api.schedule(ORG, sessionId, "client-concurrency"));

        assertThat(answers)
                .allSatisfy(
                        answer -> assertThat(answer.status()).as(answer.body()).isIn(200, 201, 409));
        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertWholeStream(ORG, sessionId, 1);
    }

    private void assertWholeStream(String orgId, String sessionId, long events) {
        List<JsonNode> stream = api.events(orgId, sessionId);
        assertThat(stream)
                .extracting(event -> Long.parseLong(event.path("sequence").asString()))
                .containsExactlyElementsOf(LongStream.range(0, events).boxed().toList());
        assertThat(stream).extracting(event -> event.path("id").asString()).doesNotHaveDuplicates();
        assertThat(api.get(session(orgId, sessionId)).json().path("version").asLong())
                .isEqualTo(events - 1);
    }

    private CommandGateway anotherInstance() {
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<CoachingSession>builder()
                .aggregateType(CoachingSession.class)
                .repository(EventSourcingRepository.builder(CoachingSession.class)
                        .eventStore(eventStore)
                        .build())
                .build()
                .subscribe(commandBus);
        return DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    private static List<Answer> inParallel(Writer writer) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int n = 0; n < WRITERS; n++) {
                int number = n;
                futures.add(pool.submit((Callable<Answer>) () -> writer.write(number)));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }

    @FunctionalInterface
    private interface Writer {
        Answer write(int number);
    }
}
