package io.throughline.analytics.projection.model;

import io.throughline.analytics.session.fold.ReContractOutcome;
import io.throughline.analytics.session.fold.SessionFigures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The figures of METRICS.md as ratios of a rollup's counters: null wherever the denominator counts
 * nothing, minutes and ratios as decimals.
 */
public final class RollupFigures {

    private static final double MILLIS_PER_MINUTE = 60_000.0;
    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private final ToLongFunction<Counter> counters;

    public RollupFigures(ToLongFunction<Counter> counters) {
        this.counters = counters;
    }

    public long count(Counter counter) {
        return counters.applyAsLong(counter);
    }

    public long sessionsEnded() {
        return count(Counter.SESSIONS_ENDED);
    }

    public long topicShifts() {
        return count(Counter.TOPIC_SHIFTS);
    }

    public Double sidetrackFrequency() {
        return ratio(topicShifts(), sessionsEnded());
    }

    public Double sidetracksPerHour() {
        long millis = count(Counter.ENDED_SESSION_MILLIS);
        return millis == 0 ? null : topicShifts() / (millis / MILLIS_PER_HOUR);
    }

    public Map<String, Long> reContractOutcomes() {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (ReContractOutcome outcome : ReContractOutcome.values()) {
            outcomes.put(outcome.name(), count(Counter.valueOf(outcome.name())));
        }
        return outcomes;
    }

    public long reContractedShifts() {
        return count(Counter.RETURN_TO_AGREED) + count(Counter.ADOPT_NEW_TOPIC) + count(Counter.CONNECTED_TO_AGREED);
    }

    public Double connectedShare() {
        return ratio(count(Counter.CONNECTED_TO_AGREED), topicShifts());
    }

    public Double avgMinutesToAgreement() {
        long sessions = count(Counter.TIMED_AGREEMENTS);
        return sessions == 0 ? null : count(Counter.MILLIS_TO_AGREEMENT) / MILLIS_PER_MINUTE / sessions;
    }

    public Double avgShiftToReContractMinutes() {
        long shifts = reContractedShifts();
        return shifts == 0 ? null : count(Counter.RE_CONTRACT_MILLIS) / MILLIS_PER_MINUTE / shifts;
    }

    public Double onAgreedTopicShare() {
        long sessions = count(Counter.SHARE_SESSIONS);
        return sessions == 0 ? null : count(Counter.SHARE_PPB) / (double) SessionFigures.BILLION / sessions;
    }

    public Double sidetrackFrequencyWithPrep() {
        return ratio(count(Counter.WITH_PREP_SHIFTS), count(Counter.WITH_PREP_SESSIONS));
    }

    public Double sidetrackFrequencyWithoutPrep() {
        return ratio(
                topicShifts() - count(Counter.WITH_PREP_SHIFTS), sessionsEnded() - count(Counter.WITH_PREP_SESSIONS));
    }

    public Map<String, Long> progress() {
        Map<String, Long> progress = new LinkedHashMap<>();
        for (Counter counter : new Counter[] {Counter.ACHIEVED, Counter.PARTLY, Counter.NOT_ACHIEVED}) {
            progress.put(counter.name(), count(counter));
        }
        return progress;
    }

    public Double completionRate() {
        return ratio(count(Counter.PREP_DUE_ON_TIME), count(Counter.PREP_DUE));
    }

    public Double agreementRate() {
        return ratio(count(Counter.AGREEMENTS), sessionsEnded());
    }

    public Double agreementCompleteness() {
        return ratio(count(Counter.AGREEMENT_FIELDS), 4 * count(Counter.AGREEMENTS));
    }

    public Double reContractRate() {
        return ratio(reContractedShifts(), topicShifts());
    }

    public Double silentDriftRate() {
        return ratio(count(Counter.UNRESOLVED), topicShifts());
    }

    public Double progressCheckRate() {
        return ratio(count(Counter.ACHIEVED) + count(Counter.PARTLY) + count(Counter.NOT_ACHIEVED), sessionsEnded());
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : numerator / (double) denominator;
    }
}
