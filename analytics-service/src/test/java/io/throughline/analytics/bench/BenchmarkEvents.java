package io.throughline.analytics.bench;

import io.throughline.analytics.AnalyticsMother;
import io.throughline.events.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A year of coaching in time order, as session-service and prep-form-service would publish it: each
 * session is booked (scheduled, prep form requested) a week ahead, its prep form submitted the day
 * before, and held for an hour with a check-in, an agreement, a piece of work, two shifts and their
 * re-contracts. Twelve events a session (the very last session may be cut short to give exactly the
 * number asked for); two clients have exactly {@link #SMALL_CLIENT_SESSIONS} and
 * {@link #LARGE_CLIENT_SESSIONS} sessions, the others share the rest.
 */
final class BenchmarkEvents {

    static final String ORG_PREFIX = "bench-org-";
    static final String COACH_PREFIX = "coach-";
    static final String SMALL_CLIENT = "client-small";
    static final String LARGE_CLIENT = "client-large";
    static final int SMALL_CLIENT_SESSIONS = 10;
    static final int LARGE_CLIENT_SESSIONS = 2_000;
    static final int EVENTS_PER_SESSION = 12;
    static final int ORGS = 10;

    private static final Instant FIRST_SESSION = Instant.parse("2025-01-06T08:00:00Z");
    private static final String[] TOPICS = {
        "My boss",
        "Budget",
        "A peer",
        "Holidays",
        "My career",
        "The reorganisation",
        "Hiring",
        "Work-life balance",
        "Conflict in the team",
        "Feedback"
    };

    private BenchmarkEvents() {}

    static String orgOf(String clientId) {
        return ORG_PREFIX + Math.floorMod(clientId.hashCode(), ORGS);
    }

    static List<EventEnvelope> generate(int events, int clients, long seed) {
        Random random = new Random(seed);
        int sessions = (events + EVENTS_PER_SESSION - 1) / EVENTS_PER_SESSION;
        List<String> owners = new ArrayList<>(sessions);
        for (int i = 0; i < SMALL_CLIENT_SESSIONS; i++) {
            owners.add(SMALL_CLIENT);
        }
        for (int i = 0; i < LARGE_CLIENT_SESSIONS; i++) {
            owners.add(LARGE_CLIENT);
        }
        int others = clients - 2;
        for (int i = 0; owners.size() < sessions; i++) {
            owners.add("client-" + (i % others));
        }
        long spreadSeconds = Duration.ofDays(365).toSeconds();
        List<EventEnvelope> all = new ArrayList<>(sessions * EVENTS_PER_SESSION);
        for (int i = 0; i < sessions; i++) {
            String clientId = owners.get(i);
            String orgId = orgOf(clientId);
            String coachId = COACH_PREFIX + Math.floorMod(clientId.hashCode(), 500);
            Instant start = FIRST_SESSION.plusSeconds((long) (random.nextDouble() * spreadSeconds) / 60 * 60);
            String sessionId = "session-" + i;
            String first = TOPICS[random.nextInt(TOPICS.length)];
            String second = TOPICS[random.nextInt(TOPICS.length)];
            all.addAll(AnalyticsMother.session(orgId, clientId, coachId, sessionId)
                    .scheduled(start.minus(Duration.ofDays(7)), start)
                    .started(start)
                    .checkedIn(start.plusSeconds(60), "READY")
                    .contracted(start.plusSeconds(180), "The dynamics on my team", "Two options", "It matters", null)
                    .piece(start.plusSeconds(1_500), "Options listed", "Try one")
                    .shift(start.plusSeconds(2_100), sessionId + "-a", first, "COACH")
                    .reContract(
                            start.plusSeconds(2_400), sessionId + "-a", "RETURN_TO_AGREED", "The dynamics on my team")
                    .shift(start.plusSeconds(2_700), sessionId + "-b", second, "CLIENT")
                    .reContract(
                            start.plusSeconds(2_880),
                            sessionId + "-b",
                            "CONNECTED_TO_AGREED",
                            "The dynamics on my team")
                    .ended(start.plusSeconds(3_600), "ACHIEVED")
                    .events());
            all.addAll(AnalyticsMother.prepForm(orgId, clientId, sessionId, "prep-" + i)
                    .requested(start.minus(Duration.ofDays(7)), start)
                    .submitted(start.minus(Duration.ofDays(1)), false)
                    .events());
        }
        all.sort(Comparator.comparing(envelope -> envelope.event().occurredAt()));
        return all.subList(0, events);
    }
}
