package io.throughline.analytics.coach.query;

import java.util.List;
import java.util.Map;

/**
 * A coach's patterns over the coach's ended sessions (METRICS.md, "Per coach"), and the clients the coach has had
 * a session with (whose patterns and timelines the coach may read), in id order.
 */
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
        Double progressCheckRate,
        List<String> clients) {}
