package io.throughline.localstack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Uses services without a pause while another one is down: each use runs in a loop on a thread of its
 * own until {@link #stop}, and every failure (an answer that is not a success, a refused or timed-out
 * connection) is kept with when it happened.
 */
final class ContinuousUse implements AutoCloseable {

    /** One use of a service: null when it succeeded, else what went wrong. */
    @FunctionalInterface
    interface Use {
        String once() throws Exception;
    }

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final long started = System.nanoTime();

    ContinuousUse use(String name, Use use) {
        successes.put(name, new AtomicInteger());
        threads.add(Thread.ofPlatform().name("use-" + name).start(() -> {
            while (running.get()) {
                String failure;
                try {
                    failure = use.once();
                } catch (Exception e) {
                    failure = e.toString();
                }
                if (failure == null) {
                    successes.get(name).incrementAndGet();
                } else {
                    failures.add(String.format("%s at %.1f s: %s", name, (System.nanoTime() - started) / 1e9, failure));
                }
                pause();
            }
        }));
        return this;
    }

    /** Stops every use and waits for the ones in flight. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** How many uses of each kind succeeded. */
    Map<String, Integer> successes() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        successes.forEach((name, count) -> counts.put(name, count.get()));
        return counts;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
