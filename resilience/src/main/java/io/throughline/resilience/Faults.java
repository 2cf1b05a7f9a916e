package io.throughline.resilience;

import io.throughline.localstack.process.Signal;
import io.throughline.localstack.process.SupervisedProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The faults, at random times within the load: {@code kill -9} of a random instance of each service
 * (while its other instance is up; the supervisor restarts it), one broker restart, one MongoDB
 * restart on its files, and a SIGSTOP of one analytics instance for longer than the consumer's
 * session timeout (45 s) before SIGCONT.
 */
final class Faults implements Runnable {

    record Fault(long atMillis, String what, Runnable action) {}

    static final Duration FREEZE = Duration.ofSeconds(50);

    private final Stack stack;
    private final Random random;
    private final List<Fault> plan = new ArrayList<>();
    private final Consumer<String> log;
    final Map<String, AtomicInteger> kills = new ConcurrentHashMap<>();
    /** When each kill happened (System.nanoTime) and of which service. */
    final List<long[]> killTimes = new CopyOnWriteArrayList<>();

    private final long startNanos = System.nanoTime();

    Faults(Stack stack, long seed, Duration load, int killsPerService, Consumer<String> log) {
        this.stack = stack;
        this.random = new Random(seed);
        this.log = log;
        long window = load.toMillis();
        for (String service : Stack.SERVICES) {
            kills.put(service, new AtomicInteger());
            for (int k = 0; k < killsPerService; k++) {
                long slot = window * 8 / 10 / killsPerService;
                long at = window / 10 + k * slot + (long) (random.nextDouble() * slot * 0.8);
                plan.add(new Fault(at, "kill -9 of a " + service + " instance", () -> kill(service)));
            }
        }
        plan.add(new Fault(
                window * 25 / 100,
                "SIGSTOP of an analytics-service instance for " + FREEZE.toSeconds() + " s",
                this::freeze));
        plan.add(new Fault(window * 45 / 100, "broker restart", () -> stack.restartKafka(Duration.ofSeconds(3))));
        plan.add(new Fault(
                window * 65 / 100, "MongoDB restart on its files", () -> stack.restartMongo(Duration.ofSeconds(3))));
        plan.sort(Comparator.comparingLong(Fault::atMillis));
    }

    @Override
    public void run() {
        for (Fault fault : plan) {
            long wait = fault.atMillis() - (System.nanoTime() - startNanos) / 1_000_000;
            if (wait > 0) {
                Stack.sleep(Duration.ofMillis(wait));
            }
            log.accept("fault: " + fault.what());
            long began = System.nanoTime();
            fault.action().run();
            log.accept("fault: " + fault.what() + " done (" + (System.nanoTime() - began) / 1_000_000 + " ms)");
        }
    }

    int total() {
        return kills.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Kills one instance while the other is up, waiting (at most a minute) for both to be up first. */
    private void kill(String service) {
        List<SupervisedProcess> instances = stack.instances(service);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (instances.stream().anyMatch(i -> !i.isAlive()) && System.nanoTime() < deadline) {
            Stack.sleep(Duration.ofMillis(500));
        }
        SupervisedProcess victim = instances.get(random.nextInt(instances.size()));
        for (SupervisedProcess other : instances) {
            if (other != victim) {
                try {
                    other.awaitHealthy(Duration.ofMinutes(3));
                } catch (RuntimeException e) {
                    log.accept("fault: " + other.name() + " is not healthy, so " + victim.name()
                            + " is not killed now: " + e.getMessage());
                    return;
                }
            }
        }
        victim.kill(Signal.KILL);
        kills.get(service).incrementAndGet();
        killTimes.add(new long[] {System.nanoTime(), Stack.SERVICES.indexOf(service)});
        log.accept("fault: killed " + victim.name());
    }

    private void freeze() {
        SupervisedProcess victim = stack.instances("analytics-service").get(random.nextInt(Stack.INSTANCES));
        victim.kill(Signal.STOP);
        Stack.sleep(FREEZE);
        victim.kill(Signal.CONT);
        log.accept("fault: " + victim.name() + " thawed");
    }
}
