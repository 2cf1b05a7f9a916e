package io.throughline.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures METRICS.md defines, computed plainly from what was acknowledged, independently of
 * analytics-service's own code: the per-client and per-coach headline figures, the organisation
 * overview and the prep-form counts. Each figure is a value in a flat map keyed by its JSON path.
 */
final class Oracle {

    /** One ended or unfinished session as METRICS.md reads it. */
    record SessionFacts(
            String clientId,
            String coachId,
            boolean ended,
            boolean started,
            boolean agreed,
            double minutesToAgreement,
            Double onAgreedTopicShare,
            double hours,
            Map<String, Integer> outcomes,
            int shifts,
            String progress) {}

    static SessionFacts facts(Acknowledged session) {
        SessionPlan plan = session.plan;
        Instant contracted = null;
        Instant ended = null;
        String progress = null;
        boolean started = false;
        List<Instant> shiftAt = new ArrayList<>();
        Map<Integer, Instant> reContractAt = new TreeMap<>();
        Map<Integer, String> reContractOutcome = new TreeMap<>();
        for (SessionPlan.Step step : session.steps()) {
            Instant at = Instant.parse((String) step.body().get("at"));
            switch (step.path()) {
                case "start" -> started = true;
                case "agreement" -> contracted = at;
                case "topic-shifts" -> shiftAt.add(at);
                case "re-contract" -> {
                    reContractAt.put(step.shiftIndex(), at);
                    reContractOutcome.put(
                            step.shiftIndex(), (String) step.body().get("outcome"));
                }
                case "end" -> {
                    ended = at;
                    progress = (String) step.body().get("progress");
                }
                default -> {}
            }
        }
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (String outcome : List.of("RETURN_TO_AGREED", "ADOPT_NEW_TOPIC", "CONNECTED_TO_AGREED", "UNRESOLVED")) {
            outcomes.put(outcome, 0);
        }
        List<Instant[]> offTopic = new ArrayList<>();
        for (int i = 0; i < shiftAt.size(); i++) {
            String outcome = reContractOutcome.getOrDefault(i, "UNRESOLVED");
            outcomes.merge(outcome, 1, Integer::sum);
            if (!outcome.equals("CONNECTED_TO_AGREED")) {
                offTopic.add(new Instant[] {shiftAt.get(i), reContractAt.getOrDefault(i, ended)});
            }
        }
        Double share = null;
        if (ended != null && contracted != null && ended.isAfter(contracted)) {
            double whole = minutes(contracted, ended);
            share = (whole - unionMinutes(offTopic, contracted, ended)) / whole;
        }
        return new SessionFacts(
                plan.clientId,
                plan.coachId,
                ended != null,
                started,
                contracted != null,
                contracted == null ? 0 : minutes(plan.start, contracted),
                share,
                ended == null ? 0 : minutes(plan.start, ended) / 60,
                outcomes,
                shiftAt.size(),
                progress);
    }

    /** The minutes of [from, to) covered by any of the intervals. */
    static double unionMinutes(List<Instant[]> intervals, Instant from, Instant to) {
        List<Instant[]> clipped = new ArrayList<>();
        for (Instant[] interval : intervals) {
            Instant start = interval[0].isBefore(from) ? from : interval[0];
            Instant end = interval[1].isAfter(to) ? to : interval[1];
            if (end.isAfter(start)) {
                clipped.add(new Instant[] {start, end});
            }
        }
        clipped.sort((a, b) -> a[0].compareTo(b[0]));
        double total = 0;
        Instant coveredTo = from;
        for (Instant[] interval : clipped) {
            Instant start = interval[0].isBefore(coveredTo) ? coveredTo : interval[0];
            if (interval[1].isAfter(start)) {
                total += minutes(start, interval[1]);
                coveredTo = interval[1];
            }
        }
        return total;
    }

    /** Per client: {@code sessionsEnded}, {@code topicShifts}, … as the patterns answer names them. */
    static Map<String, Object> client(Collection<Acknowledged> sessions) {
        List<SessionFacts> ended = ended(sessions);
        Map<String, Object> figures = new TreeMap<>();
        int shifts = ended.stream().mapToInt(SessionFacts::shifts).sum();
        figures.put("sessionsEnded", (long) ended.size());
        figures.put("topicShifts", (long) shifts);
        figures.put("sidetrackFrequency", ratio(shifts, ended.size()));
        double hours = ended.stream().mapToDouble(SessionFacts::hours).sum();
        figures.put("sidetracksPerHour", hours == 0 ? null : shifts / hours);
        outcomes(figures, ended);
        figures.put(
                "avgMinutesToAgreement",
                mean(ended.stream()
                        .filter(SessionFacts::agreed)
                        .map(SessionFacts::minutesToAgreement)
                        .toList()));
        figures.put(
                "onAgreedTopicShare",
                mean(ended.stream()
                        .map(SessionFacts::onAgreedTopicShare)
                        .filter(share -> share != null)
                        .toList()));
        for (String progress : List.of("ACHIEVED", "PARTLY", "NOT_ACHIEVED")) {
            figures.put(
                    "progress." + progress,
                    ended.stream()
                            .filter(facts -> progress.equals(facts.progress()))
                            .count());
        }
        long requested = sessions.stream().filter(s -> s.scheduled).count();
        long onTime = sessions.stream().filter(s -> s.prepOnTime).count();
        long late = sessions.stream().filter(s -> s.prepLate).count();
        figures.put("prepForms.requested", requested);
        figures.put("prepForms.submitted", onTime + late);
        figures.put("prepForms.late", late);
        figures.put(
                "prepForms.missed",
                sessions.stream().filter(s -> s.started() && !s.prepOnTime).count());
        return figures;
    }

    /** Per coach, as the coach's patterns answer names them. */
    static Map<String, Object> coach(Collection<Acknowledged> sessions) {
        List<SessionFacts> ended = ended(sessions);
        Map<String, Object> figures = new TreeMap<>();
        int shifts = ended.stream().mapToInt(SessionFacts::shifts).sum();
        long agreed = ended.stream().filter(SessionFacts::agreed).count();
        figures.put("sessionsEnded", (long) ended.size());
        figures.put("agreementRate", ratio(agreed, ended.size()));
        figures.put("sidetrackFrequency", ratio(shifts, ended.size()));
        outcomes(figures, ended);
        int unresolved = (int) (long) figures.get("reContractOutcomes.UNRESOLVED");
        figures.put("reContractRate", ratio(shifts - unresolved, shifts));
        figures.put("silentDriftRate", ratio(unresolved, shifts));
        figures.put(
                "progressCheckRate",
                ratio(ended.stream().filter(f -> f.progress() != null).count(), ended.size()));
        return figures;
    }

    /** The organisation-wide ratios of the overview (its per-person rows repeat the patterns' figures). */
    static Map<String, Object> organisation(Collection<Acknowledged> sessions) {
        List<SessionFacts> ended = ended(sessions);
        Map<String, Object> figures = new TreeMap<>();
        figures.put(
                "sidetrackFrequency",
                ratio(ended.stream().mapToInt(SessionFacts::shifts).sum(), ended.size()));
        return figures;
    }

    private static void outcomes(Map<String, Object> figures, List<SessionFacts> ended) {
        for (String outcome : List.of("RETURN_TO_AGREED", "ADOPT_NEW_TOPIC", "CONNECTED_TO_AGREED", "UNRESOLVED")) {
            figures.put("reContractOutcomes." + outcome, (long) ended.stream()
                    .mapToInt(facts -> facts.outcomes().get(outcome))
                    .sum());
        }
    }

    private static List<SessionFacts> ended(Collection<Acknowledged> sessions) {
        return sessions.stream()
                .filter(s -> s.scheduled)
                .map(Oracle::facts)
                .filter(SessionFacts::ended)
                .toList();
    }

    private static Double ratio(double count, double of) {
        return of == 0 ? null : count / of;
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty()
                ? null
                : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    private static double minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 60_000.0;
    }
}
