package io.throughline.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * A separate JVM appending 10-event commits is killed with SIGKILL while it writes; afterwards every
 * aggregate has whole commits only, and loads.
 */
@WithInfrastructure
class KilledWriterIT {

    private static final int ROUNDS = 3;

    @Test
    void aWriterKilledInTheMiddleOfAnAppendLeavesWholeCommitsThatLoad(TestInfrastructure infrastructure)
            throws Exception {
        String database = EventStoreMother.freshDatabaseName("killed");
        try (MongoClient client = MongoClients.create(infrastructure.mongoConnectionString())) {
            CommitEventStorageEngine engine = EventStoreMother.engine(client.getDatabase(database));
            for (int round = 1; round <= ROUNDS; round++) {
                long before = engine.readEvents(null, false).count();
                int acknowledged = killMidStream(infrastructure.mongoConnectionString(), database, "round-" + round);
                long after = engine.readEvents(null, false).count();

                long stored = (after - before) / AppendingWriterProcess.EVENTS_PER_COMMIT;
                assertThat((after - before) % AppendingWriterProcess.EVENTS_PER_COMMIT)
                        .as("whole commits only")
                        .isZero();
                assertThat(stored)
                        .as("acknowledged commits, and perhaps the one in flight")
                        .isBetween((long) acknowledged, (long) acknowledged + 1);
                System.out.printf(
                        "[killed-writer] round %d: killed after %d acknowledged commits, %d stored%n",
                        round, acknowledged, stored);
                assertEveryAggregateIsWholeAndLoads(engine);
            }
        }
    }

    private static int killMidStream(String mongoUri, String database, String writer) throws Exception {
        Path output = Files.createTempFile("appending-writer-", ".out");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AppendingWriterProcess.class.getName(),
                        mongoUri,
                        database,
                        writer)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(output.toFile())
                .start();
        try {
            long killAfter = 5 + ThreadLocalRandom.current().nextInt(10);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (committedLines(output) < killAfter && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertThat(process.isAlive()).as("writer still writing").isTrue();
            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            return (int) committedLines(output);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    private static long committedLines(Path output) throws IOException {
        try (var lines = Files.lines(output)) {
            return lines.filter(line -> line.startsWith("COMMITTED") && line.split(" ").length == 3)
                    .count();
        }
    }

    private static void assertEveryAggregateIsWholeAndLoads(CommitEventStorageEngine engine) {
        EmbeddedEventStore store =
                EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            EventSourcingRepository<Thing> repository = EventSourcingRepository.builder(Thing.class)
                    .eventStore(store)
                    .build();
            for (String aggregate : AppendingWriterProcess.AGGREGATES) {
                List<? extends DomainEventMessage<?>> events =
                        engine.readEvents(aggregate).asStream().toList();
                if (events.isEmpty()) {
                    continue;
                }
                assertThat(events)
                        .extracting(DomainEventMessage::getSequenceNumber)
                        .containsExactlyElementsOf(java.util.stream.LongStream.range(0, events.size())
                                .boxed()
                                .toList());
                Map<Long, Long> writersPerCommit = events.stream()
                        .collect(Collectors.groupingBy(
                                e -> e.getSequenceNumber() / AppendingWriterProcess.EVENTS_PER_COMMIT,
                                Collectors.mapping(
                                        e -> ((ThingHappened) e.getPayload()).writer(), Collectors.counting())));
                assertThat(writersPerCommit.values())
                        .allMatch(count -> count == AppendingWriterProcess.EVENTS_PER_COMMIT);

                int loaded = DefaultUnitOfWork.startAndGet(null)
                        .executeWithResult(() -> repository.load(aggregate).invoke(Thing::events))
                        .getPayload();
                assertThat(loaded).isEqualTo(events.size());
            }
        } finally {
            store.shutDown();
        }
    }
}
