package io.throughline.analytics.session.query;

import io.throughline.analytics.session.fold.PrepFormStatus;
import io.throughline.analytics.session.fold.SegmentKind;
import io.throughline.analytics.session.fold.SessionStatus;
import java.time.Instant;
import java.util.List;

/**
 * A session in time: segments from its agreement to its end (to its latest event while it runs),
 * each on the agreed topic, off it or connected context, and the figures METRICS.md derives from them.
 */
public record Timeline(
        String orgId,
        String sessionId,
        String clientId,
        String coachId,
        SessionStatus status,
        Instant scheduledStart,
        Instant startedAt,
        Instant endedAt,
        Instant cancelledAt,
        CheckIn checkIn,
        Agreement agreement,
        List<TimelineSegment> segments,
        List<Shift> shifts,
        List<Piece> pieces,
        Double minutesToAgreement,
        Double onAgreedTopicShare,
        double onAgreedTopicMinutes,
        double offTopicMinutes,
        double connectedContextMinutes,
        int topicShifts,
        long unresolvedShifts,
        String progress,
        PrepFormStatus prepForm) {

    public record CheckIn(Instant at, String readiness, String note) {}

    public record Agreement(Instant at, String topic, String successMeasure, String importance, String toAddress) {}

    /** {@code shiftIds}: the shifts open throughout the segment. */
    public record TimelineSegment(
            SegmentKind kind, Instant from, Instant to, double minutes, String topic, List<String> shiftIds) {}

    /** {@code outcome}: a re-contract outcome, {@code UNRESOLVED} if open at the end, null while open in a running session. */
    public record Shift(
            String shiftId,
            String topic,
            String noticedBy,
            Instant at,
            String outcome,
            Instant reContractedAt,
            Double minutesToReContract) {}

    public record Piece(Instant at, String summary, String nextStep) {}
}
