package io.throughline.analytics.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One period of a trend: counts by sessionAt, the period's ratios and, with {@code rolling} above 1,
 * the same ratios over the k periods up to it ({@code rolling} is null otherwise). {@code partial}
 * marks a period not yet closed at asOf; {@code revisedAt} is the latest record time of a session of
 * the period recorded after the period closed.
 */
public record TrendPoint(
        String period,
        LocalDate from,
        LocalDate to,
        boolean partial,
        Instant revisedAt,
        long sessionsEnded,
        long sessionsCancelled,
        long sessionsOpen,
        long topicShifts,
        Map<String, Long> reContractOutcomes,
        PrepFormCounts prepForms,
        Map<String, Long> progress,
        TrendRatios ratios,
        TrendRatios rolling) {

    /** The period's due forms, each session counted once by its prep-form value. */
    public record PrepFormCounts(long due, long onTime, long late, long missed, Double completionRate) {}
}
