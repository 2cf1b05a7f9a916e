package io.throughline.analytics.client.query;

import io.throughline.analytics.session.fold.PrepFormStatus;
import io.throughline.analytics.session.fold.SessionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A client's patterns over its ended sessions (METRICS.md, "Per client"), and one page of all its
 * sessions, newest first, cancelled and unfinished ones included.
 */
public record ClientPatterns(
        String orgId,
        String clientId,
        long sessionsEnded,
        long topicShifts,
        Double sidetrackFrequency,
        Double sidetracksPerHour,
        Map<String, Long> reContractOutcomes,
        Double connectedShare,
        Double avgMinutesToAgreement,
        Double avgShiftToReContractMinutes,
        Double onAgreedTopicShare,
        PrepFormCounts prepForms,
        Double sidetrackFrequencyWithPrep,
        Double sidetrackFrequencyWithoutPrep,
        List<RecurringTopic> recurringSidetrackTopics,
        Map<String, Long> progress,
        List<SessionRow> sessions,
        SessionsPage sessionsPage) {

    /** {@code completionRate}: on-time submitted ÷ requested, over requested forms whose session has started. */
    public record PrepFormCounts(long requested, long submitted, long missed, long late, Double completionRate) {}

    public record RecurringTopic(String topic, long count) {}

    public record SessionRow(
            String sessionId,
            String coachId,
            Instant scheduledStart,
            Instant startedAt,
            Instant endedAt,
            SessionStatus status,
            int topicShifts,
            Double onAgreedTopicShare,
            Double minutesToAgreement,
            PrepFormStatus prepForm) {}

    public record SessionsPage(int page, int size, long totalElements, long totalPages) {}
}
