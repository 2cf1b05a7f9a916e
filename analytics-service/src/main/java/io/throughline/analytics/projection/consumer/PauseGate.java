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

    /** Whether a rebuild waits for the projection to pause: it then flushes what it has staged first. */
    boolean pauseRequested() {
        synchronized (lock) {
            return requested && !paused;
        }
    }

    /** Whether the projection's partitions are paused for a rebuild. */
    boolean holding() {
        synchronized (lock) {
            return paused;
        }
    }

    /** On the projection's thread, between two windows. */
    void holdIfRequested(Consumer<?, ?> consumer) {
        synchronized (lock) {
            if (requested && !paused) {
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
