package io.throughline.analytics.session.fold;

import io.throughline.analytics.session.fold.SessionFacts.Contracted;
import io.throughline.analytics.session.fold.SessionFacts.ReContract;
import io.throughline.analytics.session.fold.SessionFacts.Shift;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Folds a session's facts into its figures (METRICS.md, "Per session"). Pure: the same facts give the same figures. */
public final class SessionFold {

    private static final Comparator<Shift> BY_TIME =
            Comparator.comparing(Shift::at).thenComparingLong(Shift::seq);

    private SessionFold() {}

    public static SessionFigures fold(SessionFacts facts) {
        SessionStatus status = status(facts);
        Instant startedAt = facts.started() == null ? null : facts.started().at();
        Instant end = timelineEnd(facts, status);
        boolean ended = status == SessionStatus.ENDED;
        Map<String, ReContract> reContracts =
                HashMap.newHashMap(facts.reContracts().size());
        for (ReContract reContract : facts.reContracts()) {
            if (reContracts.putIfAbsent(reContract.shiftId(), reContract) != null) {
                throw new IllegalStateException("Duplicate key " + reContract.shiftId());
            }
        }
        List<ShiftFigures> shifts = shifts(facts, reContracts, end, ended);
        Contracted agreement = facts.contracted();
        List<Segment> segments = agreement == null || end == null || !end.isAfter(agreement.at())
                ? List.of()
                : Segments.cut(agreement.at(), agreement.topic(), end, shifts, adoptions(shifts, reContracts));
        return new SessionFigures(
                status,
                coachId(facts),
                facts.scheduled() == null ? null : facts.scheduled().scheduledStart(),
                startedAt,
                facts.checkedIn(),
                agreement,
                ended ? facts.ended().at() : null,
                status == SessionStatus.CANCELLED ? facts.cancelled().at() : null,
                ended ? facts.ended().progress() : null,
                startedAt == null || agreement == null
                        ? null
                        : Duration.between(startedAt, agreement.at()).toMillis(),
                segments,
                shifts,
                facts.pieces(),
                ended && !segments.isEmpty() ? sharePpb(segments, agreement.at(), end) : null,
                PrepForms.status(facts.prepForms(), startedAt),
                sortKey(facts));
    }

    private static SessionStatus status(SessionFacts facts) {
        if (!facts.sessionKnown()) {
            return null;
        }
        if (facts.ended() != null
                && (facts.cancelled() == null
                        || facts.ended().seq() < facts.cancelled().seq())) {
            return SessionStatus.ENDED;
        }
        if (facts.cancelled() != null) {
            return SessionStatus.CANCELLED;
        }
        return facts.started() != null ? SessionStatus.IN_PROGRESS : SessionStatus.SCHEDULED;
    }

    /** An unfinished session's timeline runs to the latest event it has seen, not to the clock. */
    private static Instant timelineEnd(SessionFacts facts, SessionStatus status) {
        if (status == SessionStatus.ENDED) {
            return facts.ended().at();
        }
        if (status == SessionStatus.CANCELLED) {
            return facts.cancelled().at();
        }
        return sessionTime(facts, true);
    }

    private static List<ShiftFigures> shifts(
            SessionFacts facts, Map<String, ReContract> reContracts, Instant end, boolean ended) {
        List<Shift> sorted = new ArrayList<>(facts.shifts());
        sorted.sort(BY_TIME);
        List<ShiftFigures> figures = new ArrayList<>(sorted.size());
        for (Shift shift : sorted) {
            ReContract reContract = reContracts.get(shift.shiftId());
            boolean closed =
                    reContract != null && (end == null || !reContract.at().isAfter(end));
            figures.add(
                    closed
                            ? new ShiftFigures(
                                    shift.shiftId(),
                                    shift.topic(),
                                    shift.noticedBy(),
                                    shift.at(),
                                    ReContractOutcome.ofReContract(reContract.outcome())
                                            .orElse(null),
                                    reContract.outcome(),
                                    reContract.at())
                            : new ShiftFigures(
                                    shift.shiftId(),
                                    shift.topic(),
                                    shift.noticedBy(),
                                    shift.at(),
                                    ended ? ReContractOutcome.UNRESOLVED : null,
                                    null,
                                    null));
        }
        return Collections.unmodifiableList(figures);
    }

    private static List<Segments.Adoption> adoptions(List<ShiftFigures> shifts, Map<String, ReContract> reContracts) {
        List<Segments.Adoption> adoptions = new ArrayList<>(0);
        for (ShiftFigures shift : shifts) {
            if (shift.outcome() == ReContractOutcome.ADOPT_NEW_TOPIC) {
                String agreedTopic = reContracts.get(shift.shiftId()).agreedTopic();
                adoptions.add(new Segments.Adoption(
                        shift.reContractedAt(), agreedTopic != null ? agreedTopic : shift.topic()));
            }
        }
        return adoptions;
    }

    private static long sharePpb(List<Segment> segments, Instant contractedAt, Instant endedAt) {
        long onTopic = 0;
        for (Segment segment : segments) {
            if (segment.kind() != SegmentKind.OFF_TOPIC) {
                onTopic += segment.millis();
            }
        }
        long span = Duration.between(contractedAt, endedAt).toMillis();
        return Math.round(onTopic * (double) SessionFigures.BILLION / span);
    }

    /** The coach named by the session's earliest event that names one (scheduled, started, contracted, ended; the first of equals). */
    private static String coachId(SessionFacts facts) {
        String coachId = null;
        long seq = 0;
        if (facts.scheduled() != null
                && facts.scheduled().coachId() != null
                && (coachId == null || facts.scheduled().seq() < seq)) {
            coachId = facts.scheduled().coachId();
            seq = facts.scheduled().seq();
        }
        if (facts.started() != null
                && facts.started().coachId() != null
                && (coachId == null || facts.started().seq() < seq)) {
            coachId = facts.started().coachId();
            seq = facts.started().seq();
        }
        if (facts.contracted() != null
                && facts.contracted().coachId() != null
                && (coachId == null || facts.contracted().seq() < seq)) {
            coachId = facts.contracted().coachId();
            seq = facts.contracted().seq();
        }
        if (facts.ended() != null
                && facts.ended().coachId() != null
                && (coachId == null || facts.ended().seq() < seq)) {
            coachId = facts.ended().coachId();
        }
        return coachId;
    }

    private static Instant sortKey(SessionFacts facts) {
        if (facts.started() != null) {
            return facts.started().at();
        }
        if (facts.scheduled() != null) {
            return facts.scheduled().scheduledStart();
        }
        return sessionTime(facts, false);
    }

    /** The latest ({@code latest}) or earliest time among the session's own events; null if it has none. */
    private static Instant sessionTime(SessionFacts facts, boolean latest) {
        Instant found = null;
        found = pick(found, facts.scheduled() == null ? null : facts.scheduled().at(), latest);
        found = pick(found, facts.started() == null ? null : facts.started().at(), latest);
        found = pick(found, facts.checkedIn() == null ? null : facts.checkedIn().at(), latest);
        found = pick(
                found, facts.contracted() == null ? null : facts.contracted().at(), latest);
        found = pick(found, facts.ended() == null ? null : facts.ended().at(), latest);
        found = pick(found, facts.cancelled() == null ? null : facts.cancelled().at(), latest);
        for (Shift shift : facts.shifts()) {
            found = pick(found, shift.at(), latest);
        }
        for (ReContract reContract : facts.reContracts()) {
            found = pick(found, reContract.at(), latest);
        }
        for (SessionFacts.Piece piece : facts.pieces()) {
            found = pick(found, piece.at(), latest);
        }
        return found;
    }

    private static Instant pick(Instant found, Instant candidate, boolean latest) {
        if (candidate == null) {
            return found;
        }
        if (found == null) {
            return candidate;
        }
        return (latest ? candidate.isAfter(found) : candidate.isBefore(found)) ? candidate : found;
    }
}
