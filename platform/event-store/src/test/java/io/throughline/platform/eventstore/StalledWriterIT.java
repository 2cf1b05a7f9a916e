package io.throughline.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.throughline.platform.testing.TestInfrastructure;
import io.throughline.platform.testing.WithInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * A writer stalls five seconds between building its commit and making it visible while two other
 * writers go on. Our engine's tracking processor still delivers every event in the global order;
 * axon-mongo's engine, which tracks by timestamp with a one-second look-back, loses the event —
 * which shows the test can see a loss.
 */
@WithInfrastructure
class StalledWriterIT {

    private static final long STALL_MILLIS = 5_000;

    @Test
    void ourEngineDeliversEveryEventInTheGlobalOrderDespiteAStalledWriter(TestInfrastructure infrastructure)
            throws Exception {
        String database = EventStoreMother.freshDatabaseName("stall-ours");
        Scenario scenario = run(infrastructure, client -> EventStoreMother.engine(client.getDatabase(database)));

        assertThat(scenario.delivered).containsExactlyInAnyOrderElementsOf(scenario.appended);
        assertThat(scenario.deliveredIndexes()).isSorted().doesNotHaveDuplicates();
        assertThat(scenario.delivered).contains(scenario.stalledEventId);
        assertThat(scenario.delivered.indexOf(scenario.stalledEventId))
                .as("the stalled commit is stored after the commits that went on while it stalled")
                .isGreaterThan(scenario.delivered.size() / 2);
    }

    @Test
    void axonMongosEngineLosesTheStalledWritersEvent(TestInfrastructure infrastructure) throws Exception {
        String database = EventStoreMother.freshDatabaseName("stall-axon-mongo");
        Scenario scenario = run(infrastructure, client -> EventStoreMother.axonMongoEngine(client, database));

        assertThat(scenario.appended).contains(scenario.stalledEventId);
        assertThat(scenario.delivered).doesNotContain(scenario.stalledEventId);
        assertThat(scenario.delivered)
                .containsExactlyInAnyOrderElementsOf(scenario.appended.stream()
                        .filter(id -> !id.equals(scenario.stalledEventId))
                        .toList());
    }

    private static Scenario run(TestInfrastructure infrastructure, Function<MongoClient, EventStorageEngine> engineOn)
            throws Exception {
        StallingCommandListener stall = new StallingCommandListener(STALL_MILLIS);
        List<MongoClient> clients = new ArrayList<>();
        try {
            MongoClient stalledClient = client(infrastructure, stall);
            MongoClient otherClient = client(infrastructure, null);
            MongoClient readerClient = client(infrastructure, null);
            clients.addAll(List.of(stalledClient, otherClient, readerClient));
            EventStorageEngine stalledWriter = engineOn.apply(stalledClient);
            EventStorageEngine otherWriter = engineOn.apply(otherClient);
            EmbeddedEventStore readerStore = EmbeddedEventStore.builder()
                    .storageEngine(engineOn.apply(readerClient))
                    .build();

            Scenario scenario = new Scenario();
            PooledStreamingEventProcessor tracker = tracker(readerStore, scenario);
            tracker.start();

            ScheduledExecutorService writers = Executors.newScheduledThreadPool(2);
            try {
                for (int i = 0; i < 25; i++) {
                    scenario.append(otherWriter, EventStoreMother.event("other-" + i, 0, "other"));
                    Thread.sleep(40);
                }
                stall.arm();
                DomainEventMessage<ThingHappened> stalledEvent = EventStoreMother.event("stalled", 0, "stalled");
                scenario.stalledEventId = stalledEvent.getIdentifier();
                var stalledAppend = writers.submit(() -> scenario.append(stalledWriter, stalledEvent));
                stall.stalled.await();
                for (int i = 25; i < 25 + 150; i++) {
                    scenario.append(otherWriter, EventStoreMother.event("other-" + i, 0, "other"));
                    Thread.sleep(40);
                }
                stalledAppend.get(30, TimeUnit.SECONDS);
                for (int i = 175; i < 200; i++) {
                    scenario.append(otherWriter, EventStoreMother.event("other-" + i, 0, "other"));
                    Thread.sleep(40);
                }
            } finally {
                writers.shutdownNow();
            }
            String lastAppended = scenario.appended.getLast();
            await().atMost(Duration.ofSeconds(30)).until(() -> scenario.delivered.contains(lastAppended));
            Thread.sleep(2_000);
            tracker.shutDown();
            readerStore.shutDown();
            return scenario;
        } finally {
            clients.forEach(MongoClient::close);
        }
    }

    private static PooledStreamingEventProcessor tracker(EmbeddedEventStore store, Scenario scenario) {
        return PooledStreamingEventProcessor.builder()
                .name("stall-tracker")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers((org.axonframework.eventhandling.EventMessageHandler) scenario::deliver)
                        .build())
                .messageSource(store)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor())
                .workerExecutor(Executors.newSingleThreadScheduledExecutor())
                .initialSegmentCount(1)
                .build();
    }

    private static MongoClient client(TestInfrastructure infrastructure, StallingCommandListener listener) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(infrastructure.mongoConnectionString()));
        if (listener != null) {
            settings.addCommandListener(listener);
        }
        return MongoClients.create(settings.build());
    }

    private static final class Scenario {
        final List<String> appended = new CopyOnWriteArrayList<>();
        final List<String> delivered = new CopyOnWriteArrayList<>();
        final List<Object> deliveredTokens = new CopyOnWriteArrayList<>();
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        volatile String stalledEventId;

        void append(EventStorageEngine engine, EventMessage<?> event) {
            engine.appendEvents(event);
            appended.add(event.getIdentifier());
        }

        Object deliver(EventMessage<?> event) {
            if (seen.add(event.getIdentifier())) {
                delivered.add(event.getIdentifier());
                if (event instanceof TrackedEventMessage<?> tracked) {
                    deliveredTokens.add(tracked.trackingToken());
                }
            }
            return null;
        }

        List<Long> deliveredIndexes() {
            return deliveredTokens.stream()
                    .map(token -> ((GlobalSequenceTrackingToken) token).getGlobalIndex())
                    .toList();
        }
    }
}
