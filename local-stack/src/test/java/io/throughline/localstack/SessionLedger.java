package io.throughline.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records whole sessions through session-service's API and keeps, per client, the figures METRICS.md
 * says analytics must show for what was acknowledged: the test's oracle, independent of the projection.
 */
final class SessionLedger {

    static final String ORG = "supervision-it";
    static final String SESSIONS = "http://localhost:8081/api/v1/orgs/" + ORG + "/sessions";
    static final List<String> CLIENTS = List.of("client-a", "client-b", "client-c");
    private static final String[] OUTCOMES = {"RETURN_TO_AGREED", "ADOPT_NEW_TOPIC", "CONNECTED_TO_AGREED", "UNRESOLVED"
    };
    private static final String[] PROGRESS = {"ACHIEVED", "PARTLY", "NOT_ACHIEVED"};

    /** What analytics must show for one client. */
    static final class Expected {
        final List<String> sessionIds = new ArrayList<>();
        int topicShifts;
        final Map<String, Integer> outcomes = new TreeMap<>();
        final Map<String, Integer> progress = new TreeMap<>();

        Expected() {
            for (String outcome : OUTCOMES) {
                outcomes.put(outcome, 0);
            }
            for (String made : PROGRESS) {
                progress.put(made, 0);
            }
        }
    }

    private final PlatformClient api;
    private final Map<String, Expected> expected = new LinkedHashMap<>();
    private final AtomicInteger recorded = new AtomicInteger();

    SessionLedger(PlatformClient api) {
        this.api = api;
        CLIENTS.forEach(client -> expected.put(client, new Expected()));
    }

    /**
     * Records the next session, every step one request: scheduled, started, agreed, {@code n % 4} shifts
     * re-contracted with each outcome in turn (the last one left open when its turn is UNRESOLVED),
     * ended. Returns the first answer that was not a success, or null when every step succeeded.
     */
    String recordOne() throws IOException, InterruptedException {
        int n = recorded.getAndIncrement();
        String client = CLIENTS.get(n % CLIENTS.size());
        String sessionId = "supervised-" + n;
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("sessionId", sessionId);
        schedule.put("clientId", client);
        schedule.put("coachId", "coach-s");
        schedule.put("scheduledStart", java.time.Instant.now().toString());
        schedule.put("plannedMinutes", 60);
        String failed = check(api.post(SESSIONS, schedule), "scheduling " + sessionId);
        String session = SESSIONS + "/" + sessionId;
        failed = failed != null ? failed : check(api.post(session + "/start", Map.of()), "start " + sessionId);
        failed = failed != null
                ? failed
                : check(api.post(session + "/agreement", Map.of("topic", "the quarter's plan")), "agreement");
        List<String> outcomes = new ArrayList<>();
        for (int shift = 0; failed == null && shift < n % 4; shift++) {
            String outcome = OUTCOMES[(n + shift) % OUTCOMES.length];
            PlatformClient.Answer answer =
                    api.post(session + "/topic-shifts", Map.of("topic", "topic " + shift, "noticedBy", "COACH"));
            failed = check(answer, "shift of " + sessionId);
            if (failed == null && !outcome.equals("UNRESOLVED")) {
                String shiftId = answer.body().path("shiftId").asText();
                failed = check(
                        api.post(session + "/topic-shifts/" + shiftId + "/re-contract", Map.of("outcome", outcome)),
                        "re-contract of " + sessionId);
            }
            outcomes.add(outcome);
        }
        String progress = PROGRESS[n % PROGRESS.length];
        failed = failed != null ? failed : check(api.post(session + "/end", Map.of("progress", progress)), "end");
        if (failed == null) {
            synchronized (this) {
                Expected figures = expected.get(client);
                figures.sessionIds.add(sessionId);
                figures.topicShifts += outcomes.size();
                outcomes.forEach(outcome -> figures.outcomes.merge(outcome, 1, Integer::sum));
                figures.progress.merge(progress, 1, Integer::sum);
            }
        }
        return failed;
    }

    synchronized Map<String, Expected> expected() {
        return expected;
    }

    int recorded() {
        return recorded.get();
    }

    /** The differences between what analytics shows for {@code client} and what was recorded; empty when equal. */
    synchronized List<String> differences(String client, JsonNode patterns) {
        Expected figures = expected.get(client);
        List<String> differences = new ArrayList<>();
        compare(differences, client + " sessionsEnded", figures.sessionIds.size(), patterns.path("sessionsEnded"));
        compare(differences, client + " topicShifts", figures.topicShifts, patterns.path("topicShifts"));
        figures.outcomes.forEach((outcome, count) -> compare(
                differences,
                client + " " + outcome,
                count,
                patterns.path("reContractOutcomes").path(outcome)));
        figures.progress.forEach((made, count) -> compare(
                differences,
                client + " " + made,
                count,
                patterns.path("progress").path(made)));
        compare(
                differences,
                client + " prep forms requested",
                figures.sessionIds.size(),
                patterns.path("prepForms").path("requested"));
        compare(
                differences,
                client + " prep forms missed",
                figures.sessionIds.size(),
                patterns.path("prepForms").path("missed"));
        List<String> listed = PlatformClient.list(patterns.path("sessions"), "sessionId");
        if (!new java.util.HashSet<>(listed).equals(new java.util.HashSet<>(figures.sessionIds))
                || listed.size() != figures.sessionIds.size()) {
            differences.add(client + " sessions listed " + listed.size() + ", recorded " + figures.sessionIds.size());
        }
        return differences;
    }

    private static void compare(List<String> differences, String what, int expected, JsonNode actual) {
        if (actual.asInt(-1) != expected) {
            differences.add(what + ": expected " + expected + ", analytics shows " + actual);
        }
    }

    private static String check(PlatformClient.Answer answer, String what) {
        return answer.ok() ? null : what + " answered " + answer.status() + ": " + answer.body();
    }
}
