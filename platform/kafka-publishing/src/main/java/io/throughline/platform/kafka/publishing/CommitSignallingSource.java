package io.throughline.platform.kafka.publishing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event store as the publisher's pooled processor reads it, telling the processor when this JVM
 * has committed events. Axon's embedded event store gives its streams no availability callback, so a
 * pooled streaming processor with nothing to do looks again only every 500 ms: that was nearly all of
 * the half second between a command's answer and its event on Kafka. The processor's callback is
 * now run after each local commit (again a few milliseconds later, as the store's producer thread
 * fetches the new events asynchronously); events committed by another instance are found at the
 * processor's token claim interval.
 */
final class CommitSignallingSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** When to run the callbacks after a commit: the store's producer thread needs a moment to fetch the events. */
    private static final long[] SIGNAL_AFTER_MILLIS = {0, 1, 3, 6, 10, 15, 25, 40, 60, 100, 200};

    private final EventStore store;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService signals = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("kafka-publisher-signal").daemon().factory());

    CommitSignallingSource(EventStore store) {
        this.store = store;
        store.subscribe(events -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unitOfWork -> signal());
            } else {
                signal();
            }
        });
    }

    private void signal() {
        for (long delay : SIGNAL_AFTER_MILLIS) {
            signals.schedule(() -> callbacks.forEach(Runnable::run), delay, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(trackingToken);
        return new BlockingStream<>() {
            private Runnable callback;

            @Override
            public java.util.Optional<TrackedEventMessage<?>> peek() {
                return stream.peek();
            }

            @Override
            public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
                return stream.hasNextAvailable(timeout, unit);
            }

            @Override
            public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
                return stream.nextAvailable();
            }

            @Override
            public boolean setOnAvailableCallback(Runnable onAvailable) {
                if (callback != null) {
                    callbacks.remove(callback);
                }
                callback = onAvailable;
                callbacks.add(onAvailable);
                return true;
            }

            @Override
            public void close() {
                if (callback != null) {
                    callbacks.remove(callback);
                }
                stream.close();
            }
        };
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(java.time.Instant dateTime) {
        return store.createTokenAt(dateTime);
    }
}
