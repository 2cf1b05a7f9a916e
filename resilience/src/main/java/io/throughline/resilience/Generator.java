package io.throughline.resilience;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Realistic sessions across several organisations, each with its own clients and coaches: schedule,
 * check-in, agreement, topic shifts with every re-contract outcome and some left open, pieces, then
 * end or cancel; prep forms submitted on time, late or never. Deterministic for a seed.
 */
final class Generator {

    private static final String[] OUTCOMES = {"RETURN_TO_AGREED", "ADOPT_NEW_TOPIC", "CONNECTED_TO_AGREED", null};
    private static final String[] TOPICS = {"boss", "a peer", "holiday plans", "budget", "team offsite", "sleep"};
    private static final String[] PROGRESS = {"ACHIEVED", "PARTLY", "NOT_ACHIEVED"};
    private static final String[] READINESS = {"READY", "DISTRACTED", "NEEDS_TO_OFFLOAD"};

    private final Random random;
    private final String runId;

    Generator(long seed, String runId) {
        this.random = new Random(seed);
        this.runId = runId;
    }

    /** {@code sessions} sessions over {@code orgs} organisations of 4 coaches and 10 clients each. */
    List<SessionPlan> sessions(int sessions, int orgs) {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        List<SessionPlan> plans = new ArrayList<>(sessions);
        for (int i = 0; i < sessions; i++) {
            int org = i % orgs;
            int client = random.nextInt(10);
            String orgId = "res-" + runId + "-o" + org;
            Instant start = today.minus(1 + random.nextInt(90), ChronoUnit.DAYS)
                    .plus(8 + random.nextInt(10), ChronoUnit.HOURS)
                    .plus(random.nextInt(4) * 15L, ChronoUnit.MINUTES);
            SessionPlan.Prep prep = SessionPlan.Prep.values()[random.nextInt(3)];
            SessionPlan plan = new SessionPlan(
                    orgId,
                    "s" + i + "-" + runId,
                    orgId + "-client-" + client,
                    orgId + "-coach-" + (client % 4),
                    start,
                    prep);
            steps(plan);
            plans.add(plan);
        }
        return plans;
    }

    private void steps(SessionPlan plan) {
        int shape = random.nextInt(20);
        if (shape == 0) {
            plan.steps.add(new SessionPlan.Step(
                    "cancel",
                    new java.util.LinkedHashMap<>(java.util.Map.of(
                            "reason", "rescheduled", "at", plan.at(-24 * 60).toString())),
                    -24 * 60,
                    null));
            return;
        }
        plan.add("start", 0, null);
        if (random.nextInt(5) > 0) {
            plan.add("check-in", 1, null, "readiness", READINESS[random.nextInt(3)], "note", "fine");
        }
        boolean agreed = random.nextInt(10) > 0;
        int cursor = 2 + random.nextInt(6);
        List<SessionPlan.Step> middle = new ArrayList<>();
        if (agreed) {
            plan.add(
                    "agreement",
                    cursor,
                    null,
                    "topic",
                    "the team's dynamics",
                    "successMeasure",
                    "a plan",
                    "importance",
                    random.nextBoolean() ? "it matters" : null);
            plan.steps.getLast().body().values().removeIf(value -> value == null);
            int shifts = random.nextInt(4);
            for (int s = 0; s < shifts; s++) {
                cursor += 2 + random.nextInt(8);
                SessionPlan probe = new SessionPlan(plan.orgId, plan.sessionId, "", "", plan.start, plan.prep);
                // the client names each shift, as a real client would, so a retry after a lost answer is the same
                probe.add(
                        "topic-shifts",
                        cursor,
                        null,
                        "shiftId",
                        "shift-" + (s + 1),
                        "topic",
                        TOPICS[random.nextInt(TOPICS.length)],
                        "noticedBy",
                        random.nextBoolean() ? "COACH" : "CLIENT");
                middle.add(probe.steps.getFirst());
                String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
                if (outcome != null) {
                    int after = cursor + 1 + random.nextInt(6);
                    probe.add("re-contract", after, s, "outcome", outcome, "note", "back on track");
                    middle.add(probe.steps.getLast());
                }
            }
        }
        int pieces = random.nextInt(3);
        for (int p = 0; p < pieces; p++) {
            SessionPlan probe = new SessionPlan(plan.orgId, plan.sessionId, "", "", plan.start, plan.prep);
            probe.add("pieces", 10 + random.nextInt(35), null, "summary", "a piece", "nextStep", "brainstorm");
            middle.add(probe.steps.getFirst());
        }
        middle.sort(Comparator.comparingInt(SessionPlan.Step::minute));
        plan.steps.addAll(middle);
        int last = middle.isEmpty() ? cursor : Math.max(cursor, middle.getLast().minute());
        if (random.nextInt(12) == 0) {
            plan.add("cancel", last + 1, null, "reason", "interrupted");
        } else {
            plan.add("end", Math.max(last + 1, 45 + random.nextInt(16)), null, "progress", PROGRESS[random.nextInt(3)]);
        }
    }
}
