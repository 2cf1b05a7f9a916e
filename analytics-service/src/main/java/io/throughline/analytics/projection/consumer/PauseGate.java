package io.throughline.analytics.projection.consumer;

import java.util.Collection;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * How a rebuild holds the live projection between two windows: the rebuild asks and waits; the
 * projection, before each poll, flushes what it has staged, pauses its partitions (and keeps
 * polling, so it stays in its group) until released.
 */
final class PauseGate {

    private final Object lock = new Object();
    private boolean requested;
    private boolean paused;

    /** Blocks until the projection has paused, or returns at once while it is not consuming. */
    void request(BooleanSupplier consuming) throws InterruptedException {
        synchronized (lock) {
            requested = true;
            while (!paused && consuming.getAsBoolean()) {
                lock.wait(100);
            }
        }
    }

    void release() {
        synchronized (lock) {
            requested = false;
            lock.notifyAll();
        }
    }

    /** Whether the projection's partitions are paused for a rebuild. */
    boolean holding() {
        synchronized (lock) {
            return paused;
        }
    }

    /** What the projection does before it pauses: write and commit what it has staged. */
    interface Drain {
        void run() throws Exception;
    }

    /**
     * On the projection's thread, between two windows. A requested pause first drains, under the
     * same decision: a request arriving between a check and the pause cannot leave a window staged.
     */
    void holdIfRequested(Consumer<?, ?> consumer, Drain drain) throws Exception {
        synchronized (lock) {
            if (requested && !paused) {
                drain.run();
                consumer.pause(consumer.assignment());
                paused = true;
                lock.notifyAll();
            } else if (!requested && paused) {
                consumer.resume(consumer.paused());
                paused = false;
            }
        }
    }

    /** Partitions assigned while paused stay paused too. */
    void holdAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        synchronized (lock) {
            if (paused) {
                consumer.pause(partitions);
            }
        }
    }

    void wakeWaiters() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }
}
