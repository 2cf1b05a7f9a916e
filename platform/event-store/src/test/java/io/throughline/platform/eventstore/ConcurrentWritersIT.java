package io.throughline.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/**
 * Two writers, each with its own connection and engine as two service instances would have, append
 * to the same aggregate at the same sequence number, round after round.
 */
@WithInfrastructure
class ConcurrentWritersIT {

    private static final int ROUNDS = 200;
    private static final int EVENTS_PER_COMMIT = 2;
    private static final String AGGREGATE = "contested";

    @Test
    void exactlyOneOfTwoConcurrentCommitsWinsEachRoundAndTheStreamStaysWhole(TestInfrastructure infrastructure)
            throws Exception {
        String database = EventStoreMother.freshDatabaseName("concurrent");
        try (MongoClient first = MongoClients.create(infrastructure.mongoConnectionString());
                MongoClient second = MongoClients.create(infrastructure.mongoConnectionString())) {
            List<CommitEventStorageEngine> engines = List.of(
                    EventStoreMother.engine(first.getDatabase(database)),
                    EventStoreMother.engine(second.getDatabase(database)));
            CyclicBarrier read = new CyclicBarrier(2);
            CyclicBarrier write = new CyclicBarrier(2);
            AtomicInteger wins = new AtomicInteger();
            AtomicInteger conflicts = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(2);
            try {
                List<Future<Object>> done = engines.stream()
                        .map(engine -> writers.<Object>submit(() -> {
                            String writer = engine == engines.get(0) ? "first" : "second";
                            for (int round = 0; round < ROUNDS; round++) {
                                read.await(10, TimeUnit.SECONDS);
                                long next = engine.lastSequenceNumberFor(AGGREGATE)
                                        .map(last -> last + 1)
                                        .orElse(0L);
                                write.await(10, TimeUnit.SECONDS);
                                try {
                                    engine.appendEvents(
                                            EventStoreMother.commit(AGGREGATE, next, EVENTS_PER_COMMIT, writer));
                                    wins.incrementAndGet();
                                } catch (ConcurrencyException | AggregateStreamCreationException e) {
                                    conflicts.incrementAndGet();
                                }
                            }
                            return null;
                        }))
                        .toList();
                for (Future<Object> future : done) {
                    future.get(120, TimeUnit.SECONDS);
                }
            } finally {
                writers.shutdownNow();
            }

            assertThat(wins).hasValue(ROUNDS);
            assertThat(conflicts).hasValue(ROUNDS);
            List<? extends DomainEventMessage<?>> stream =
                    engines.get(0).readEvents(AGGREGATE).asStream().toList();
            assertThat(stream)
                    .extracting(DomainEventMessage::getSequenceNumber)
                    .containsExactlyElementsOf(LongStream.range(0, (long) ROUNDS * EVENTS_PER_COMMIT)
                            .boxed()
                            .toList());
            for (int commit = 0; commit < ROUNDS; commit++) {
                assertThat(stream.subList(commit * EVENTS_PER_COMMIT, (commit + 1) * EVENTS_PER_COMMIT))
                        .extracting(e -> ((ThingHappened) e.getPayload()).writer())
                        .as("commit %d is one writer's", commit)
                        .containsOnly(((ThingHappened)
                                        stream.get(commit * EVENTS_PER_COMMIT).getPayload())
                                .writer());
            }
        }
    }
}
