package io.throughline.resilience;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How long an ended session takes to show in analytics: from the end's acknowledgement until the
 * session's timeline (asked of either analytics instance) says ENDED. At most {@code MAX_PENDING}
 * sessions are watched at a time; the rest are not sampled.
 */
final class Freshness implements AutoCloseable {

    private static final int MAX_PENDING = 40;

    /** An ended session being watched: when its end was acknowledged. */
    private record Pending(Acknowledged session, long endedNanos) {}

    private final Instances analytics;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final List<long[]> samples = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

    Freshness(Instances analytics) {
        this.analytics = analytics;
        poller.scheduleWithFixedDelay(this::poll, 200, 200, TimeUnit.MILLISECONDS);
    }

    void ended(Acknowledged session) {
        if (pending.size() < MAX_PENDING) {
            pending.put(session.plan.sessionId, new Pending(session, System.nanoTime()));
        }
    }

    private void poll() {
        for (Pending watched : List.copyOf(pending.values())) {
            SessionPlan plan = watched.session().plan;
            Instances.Answer answer =
                    analytics.get("/api/v1/orgs/" + plan.orgId + "/sessions/" + plan.sessionId + "/timeline");
            if (answer.ok() && answer.body().path("status").asText().equals("ENDED")) {
                long now = System.nanoTime();
                samples.add(new long[] {watched.endedNanos(), (now - watched.endedNanos()) / 1_000_000});
                pending.remove(plan.sessionId);
            }
        }
    }

    /** Waits (at most {@code seconds}) until every watched session was seen. */
    void drain(int seconds) {
        for (int i = 0; i < seconds * 5 && !pending.isEmpty(); i++) {
            Stack.sleep(java.time.Duration.ofMillis(200));
        }
    }

    int unseen() {
        return pending.size();
    }

    /** The samples: [when the end was acknowledged (nanoTime), milliseconds until analytics had it]. */
    List<long[]> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    static long percentile(List<long[]> samples, double p) {
        if (samples.isEmpty()) {
            return 0;
        }
        List<Long> sorted = samples.stream().map(s -> s[1]).sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
