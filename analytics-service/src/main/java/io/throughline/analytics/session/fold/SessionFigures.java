package io.throughline.analytics.session.fold;

import io.throughline.analytics.session.fold.SessionFacts.CheckedIn;
import io.throughline.analytics.session.fold.SessionFacts.Contracted;
import io.throughline.analytics.session.fold.SessionFacts.Piece;
import java.time.Instant;
import java.util.List;

/**
 * One session folded from its facts, as METRICS.md defines it. {@code status} is null while only a
 * prep form has mentioned the session. {@code sharePpb} is onAgreedTopicShare in billionths: whole
 * numbers, so that rollups summing it come out the same in any order.
 */
public record SessionFigures(
        SessionStatus status,
        String coachId,
        Instant scheduledStart,
        Instant startedAt,
        CheckedIn checkIn,
        Contracted agreement,
        Instant endedAt,
        Instant cancelledAt,
        String progress,
        Long millisToAgreement,
        List<Segment> segments,
        List<ShiftFigures> shifts,
        List<Piece> pieces,
        Long sharePpb,
        PrepFormStatus prepForm,
        Instant sortKey) {

    public static final long BILLION = 1_000_000_000L;

    public boolean ended() {
        return status == SessionStatus.ENDED;
    }

    public int topicShifts() {
        return shifts.size();
    }

    public long unresolvedShifts() {
        return shifts.stream()
                .filter(shift -> shift.outcome() == ReContractOutcome.UNRESOLVED)
                .count();
    }

    public long millisIn(SegmentKind kind) {
        return segments.stream()
                .filter(segment -> segment.kind() == kind)
                .mapToLong(Segment::millis)
                .sum();
    }

    public Double onAgreedTopicShare() {
        return sharePpb == null ? null : sharePpb / (double) BILLION;
    }

    public Double minutesToAgreement() {
        return millisToAgreement == null ? null : millisToAgreement / 60_000.0;
    }
}
