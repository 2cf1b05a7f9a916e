package io.throughline.analytics.coach.query;

import java.util.Map;

/** A coach's patterns over the coach's ended sessions (METRICS.md, "Per coach"). */
public record CoachPatterns(
        String orgId,
        String coachId,
        long sessionsEnded,
        Double agreementRate,
        Double agreementCompleteness,
        Double sidetrackFrequency,
        Double reContractRate,
        Double silentDriftRate,
        Double avgShiftToReContractMinutes,
        Map<String, Long> reContractOutcomes,
        Double progressCheckRate) {
}
