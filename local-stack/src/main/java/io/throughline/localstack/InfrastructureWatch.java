package io.throughline.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Watches the stack's own infrastructure (the embedded Kafka broker and MongoDB server, which run in
 * the launcher's JVM and cannot be restarted without it): when one of them has not answered
 * {@code failuresInARow} checks in a row, it tells why, once.
 */
final class InfrastructureWatch {

    private final Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
    private final Duration interval;
    private final int failuresInARow;
    private volatile boolean stopped;

    InfrastructureWatch(Duration interval, int failuresInARow) {
        this.interval = interval;
        this.failuresInARow = failuresInARow;
    }

    /** {@code what} is healthy while {@code check} is true; "the embedded Kafka broker on localhost:9092". */
    InfrastructureWatch check(String what, BooleanSupplier check) {
        checks.put(what, check);
        return this;
    }

    /** Whether something accepts TCP connections on {@code port} of the loopback interface. */
    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts watching on a daemon thread; {@code onFailure} gets one line saying what stopped answering. */
    void start(Consumer<String> onFailure) {
        if (checks.isEmpty()) {
            return;
        }
        Thread.ofPlatform().daemon().name("infrastructure-watch").start(() -> {
            Map<String, Integer> failures = new LinkedHashMap<>();
            while (!stopped) {
                Optional<String> failed = poll(failures);
                if (failed.isPresent() && !stopped) {
                    onFailure.accept(failed.get() + " stopped answering");
                    return;
                }
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private Optional<String> poll(Map<String, Integer> failures) {
        for (Map.Entry<String, BooleanSupplier> check : checks.entrySet()) {
            boolean healthy;
            try {
                healthy = check.getValue().getAsBoolean();
            } catch (RuntimeException e) {
                healthy = false;
            }
            int inARow = healthy ? 0 : failures.getOrDefault(check.getKey(), 0) + 1;
            failures.put(check.getKey(), inARow);
            if (inARow >= failuresInARow) {
                return Optional.of(check.getKey());
            }
        }
        return Optional.empty();
    }

    /** A planned stop is no failure. */
    void stop() {
        stopped = true;
    }
}
