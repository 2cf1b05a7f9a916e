package io.throughline.analytics.session.fold;

import io.throughline.analytics.session.fold.SessionFacts.Contracted;
import io.throughline.analytics.session.fold.SessionFacts.ReContract;
import io.throughline.analytics.session.fold.SessionFacts.Shift;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Folds a session's facts into its figures (METRICS.md, "Per session"). Pure: the same facts give the same figures. */
public final class SessionFold {

    private SessionFold() {
    }

    public static SessionFigures fold(SessionFacts facts) {
        SessionStatus status = status(facts);
        Instant startedAt = facts.started() == null ? null : facts.started().at();
        Instant end = timelineEnd(facts, status);
        boolean ended = status == SessionStatus.ENDED;
        Map<String, ReContract> reContracts = facts.reContracts().stream()
                .collect(Collectors.toMap(ReContract::shiftId, Function.identity()));
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
                startedAt == null || agreement == null ? null : Duration.between(startedAt, agreement.at()).toMillis(),
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
        if (facts.ended() != null && (facts.cancelled() == null || facts.ended().seq() < facts.cancelled().seq())) {
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
        return sessionTimes(facts).max(Comparator.naturalOrder()).orElse(null);
    }

    private static List<ShiftFigures> shifts(SessionFacts facts, Map<String, ReContract> reContracts, Instant end, boolean ended) {
        return facts.shifts().stream()
                .sorted(Comparator.comparing(Shift::at).thenComparingLong(Shift::seq))
                .map(shift -> {
                    ReContract reContract = reContracts.get(shift.shiftId());
                    boolean closed = reContract != null && (end == null || !reContract.at().isAfter(end));
                    if (closed) {
                        return new ShiftFigures(shift.shiftId(), shift.topic(), shift.noticedBy(), shift.at(),
                                ReContractOutcome.ofReContract(reContract.outcome()).orElse(null), reContract.outcome(), reContract.at());
                    }
                    return new ShiftFigures(shift.shiftId(), shift.topic(), shift.noticedBy(), shift.at(),
                            ended ? ReContractOutcome.UNRESOLVED : null, null, null);
                })
                .toList();
    }

    private static List<Segments.Adoption> adoptions(List<ShiftFigures> shifts, Map<String, ReContract> reContracts) {
        return shifts.stream()
                .filter(shift -> shift.outcome() == ReContractOutcome.ADOPT_NEW_TOPIC)
                .map(shift -> {
                    String agreedTopic = reContracts.get(shift.shiftId()).agreedTopic();
                    return new Segments.Adoption(shift.reContractedAt(), agreedTopic != null ? agreedTopic : shift.topic());
                })
                .toList();
    }

    private static long sharePpb(List<Segment> segments, Instant contractedAt, Instant endedAt) {
        long onTopic = segments.stream().filter(segment -> segment.kind() != SegmentKind.OFF_TOPIC).mapToLong(Segment::millis).sum();
        long span = Duration.between(contractedAt, endedAt).toMillis();
        return Math.round(onTopic * (double) SessionFigures.BILLION / span);
    }

    private static String coachId(SessionFacts facts) {
        record Claim(long seq, String coachId) {
        }
        return Stream.of(
                        Optional.ofNullable(facts.scheduled()).map(f -> new Claim(f.seq(), f.coachId())),
                        Optional.ofNullable(facts.started()).map(f -> new Claim(f.seq(), f.coachId())),
                        Optional.ofNullable(facts.contracted()).map(f -> new Claim(f.seq(), f.coachId())),
                        Optional.ofNullable(facts.ended()).map(f -> new Claim(f.seq(), f.coachId())))
                .flatMap(Optional::stream)
                .filter(claim -> claim.coachId() != null)
                .min(Comparator.comparingLong(Claim::seq))
                .map(Claim::coachId)
                .orElse(null);
    }

    private static Instant sortKey(SessionFacts facts) {
        if (facts.started() != null) {
            return facts.started().at();
        }
        if (facts.scheduled() != null) {
            return facts.scheduled().scheduledStart();
        }
        return sessionTimes(facts).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Stream<Instant> sessionTimes(SessionFacts facts) {
        return Stream.of(
                        Stream.of(facts.scheduled() == null ? null : facts.scheduled().at(),
                                facts.started() == null ? null : facts.started().at(),
                                facts.checkedIn() == null ? null : facts.checkedIn().at(),
                                facts.contracted() == null ? null : facts.contracted().at(),
                                facts.ended() == null ? null : facts.ended().at(),
                                facts.cancelled() == null ? null : facts.cancelled().at()),
                        facts.shifts().stream().map(Shift::at),
                        facts.reContracts().stream().map(ReContract::at),
                        facts.pieces().stream().map(SessionFacts.Piece::at))
                .flatMap(Function.identity())
                .filter(Objects::nonNull);
    }
}
