package io.throughline.analytics.trends;

import io.throughline.analytics.projection.model.Counter;
import io.throughline.analytics.projection.model.RollupFigures;
import io.throughline.analytics.session.fold.PrepFormStatus;
import io.throughline.analytics.session.fold.ReContractOutcome;
import java.util.EnumMap;
import java.util.Map;

/**
 * The whole-number sums of one period (or of several, for a rolling figure), in the rollups'
 * counters so that {@link RollupFigures} turns them into the same ratios as the patterns. Prep forms
 * count once per session that started with a requested form, by the session's prep-form value.
 */
final class PeriodSums {

    private final Map<Counter, Long> counters = new EnumMap<>(Counter.class);
    private long cancelled;
    private long open;

    void add(TrendSession session) {
        if (session.open()) {
            open++;
        } else if (!session.ended()) {
            cancelled++;
        }
        if (session.prepDue()) {
            add(Counter.PREP_DUE, 1);
            switch (session.prepForm()) {
                case ON_TIME -> add(Counter.PREP_DUE_ON_TIME, 1);
                case LATE -> add(Counter.PREP_LATE, 1);
                case MISSED -> add(Counter.PREP_MISSED, 1);
                case NONE -> {
                    // requested and not yet submitted nor missed: due, nothing else yet
                }
            }
        }
        if (session.ended()) {
            addEnded(session);
        }
    }

    void addAll(PeriodSums other) {
        other.counters.forEach(this::add);
        cancelled += other.cancelled;
        open += other.open;
    }

    RollupFigures figures() {
        return new RollupFigures(counter -> counters.getOrDefault(counter, 0L));
    }

    long cancelled() {
        return cancelled;
    }

    long open() {
        return open;
    }

    private void addEnded(TrendSession session) {
        add(Counter.SESSIONS_ENDED, 1);
        add(Counter.TOPIC_SHIFTS, session.topicShifts());
        Long endedMillis = session.endedMillis();
        if (endedMillis != null) {
            add(Counter.ENDED_SESSION_MILLIS, endedMillis);
        }
        for (ReContractOutcome outcome : ReContractOutcome.values()) {
            add(Counter.valueOf(outcome.name()), session.count(outcome));
        }
        if (session.agreement()) {
            add(Counter.AGREEMENTS, 1);
            add(Counter.AGREEMENT_FIELDS, session.agreementFields());
        }
        if (session.millisToAgreement() != null) {
            add(Counter.TIMED_AGREEMENTS, 1);
            add(Counter.MILLIS_TO_AGREEMENT, session.millisToAgreement());
        }
        if (session.sharePpb() != null) {
            add(Counter.SHARE_SESSIONS, 1);
            add(Counter.SHARE_PPB, session.sharePpb());
        }
        if (session.prepForm() == PrepFormStatus.ON_TIME) {
            add(Counter.WITH_PREP_SESSIONS, 1);
            add(Counter.WITH_PREP_SHIFTS, session.topicShifts());
        }
        if (session.progress() != null) {
            switch (session.progress()) {
                case "ACHIEVED" -> add(Counter.ACHIEVED, 1);
                case "PARTLY" -> add(Counter.PARTLY, 1);
                case "NOT_ACHIEVED" -> add(Counter.NOT_ACHIEVED, 1);
                default -> {
                    // a progress value this version does not know counts as no progress check
                }
            }
        }
    }

    private void add(Counter counter, long value) {
        if (value != 0) {
            counters.merge(counter, value, Long::sum);
        }
    }
}
