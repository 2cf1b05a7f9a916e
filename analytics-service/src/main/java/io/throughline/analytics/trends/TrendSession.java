package io.throughline.analytics.trends;

import io.throughline.analytics.projection.model.SessionDocument;
import io.throughline.analytics.session.fold.PrepFormStatus;
import io.throughline.analytics.session.fold.ReContractOutcome;
import io.throughline.analytics.session.fold.SessionFigures;
import io.throughline.analytics.session.fold.SessionFold;
import io.throughline.analytics.session.fold.SessionStatus;
import io.throughline.analytics.session.fold.ShiftFigures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What trends and attention need of one session, taken from its folded figures so that every figure
 * agrees with the patterns. {@code sessionAt} is its business time (started, else scheduled);
 * {@code sharePpb} is onAgreedTopicShare in billionths as the fold rounds it; {@code prepDue} says
 * the session started with a requested form; {@code latestRecordedAt} is the latest record time of
 * its events, which only {@code revisedAt} uses.
 */
public record TrendSession(
        String sessionId,
        String clientId,
        String coachId,
        SessionStatus status,
        Instant sessionAt,
        Instant scheduledStart,
        Instant startedAt,
        Instant endedAt,
        Instant cancelledAt,
        List<Shift> shifts,
        Long sharePpb,
        Long millisToAgreement,
        boolean agreement,
        int agreementFields,
        boolean prepDue,
        PrepFormStatus prepForm,
        String progress,
        String checkInReadiness,
        Instant latestRecordedAt) {

    /** A shift's topic as given and how it ended (null while open in a session still running). */
    public record Shift(String topic, ReContractOutcome outcome) {

        static Shift of(ShiftFigures shift) {
            return new Shift(shift.topic(), shift.outcome());
        }

        /** Set aside rather than served: re-contracted back to the agreed topic, or left open. */
        public boolean parked() {
            return outcome == ReContractOutcome.RETURN_TO_AGREED || outcome == ReContractOutcome.UNRESOLVED;
        }
    }

    public TrendSession {
        shifts = List.copyOf(shifts);
    }

    /** From a stored session document; empty while only a prep form has mentioned the session. */
    public static Optional<TrendSession> of(SessionDocument document, Instant latestRecordedAt) {
        SessionFigures figures = SessionFold.fold(document.facts());
        boolean requested = document.facts().prepForms().stream().anyMatch(form -> form.requested() != null);
        return of(document.sessionId(), document.clientId(), figures, requested, latestRecordedAt);
    }

    /**
     * From a session's figures. {@code formRequested} says a prep form was requested for it; a form
     * counts as due once the session has started.
     */
    public static Optional<TrendSession> of(
            String sessionId,
            String clientId,
            SessionFigures figures,
            boolean formRequested,
            Instant latestRecordedAt) {
        Instant sessionAt = figures.startedAt() != null ? figures.startedAt() : figures.scheduledStart();
        if (figures.status() == null || sessionAt == null) {
            return Optional.empty();
        }
        var agreement = figures.agreement();
        int fields = agreement == null
                ? 0
                : (int) Stream.of(
                                agreement.topic(),
                                agreement.successMeasure(),
                                agreement.importance(),
                                agreement.toAddress())
                        .filter(field -> field != null && !field.isBlank())
                        .count();
        return Optional.of(new TrendSession(
                sessionId,
                clientId,
                figures.coachId(),
                figures.status(),
                sessionAt,
                figures.scheduledStart(),
                figures.startedAt(),
                figures.endedAt(),
                figures.cancelledAt(),
                figures.shifts().stream().map(Shift::of).toList(),
                figures.sharePpb(),
                figures.millisToAgreement(),
                agreement != null,
                fields,
                formRequested && figures.startedAt() != null,
                figures.prepForm(),
                figures.progress(),
                figures.checkIn() == null ? null : figures.checkIn().readiness(),
                latestRecordedAt));
    }

    public boolean ended() {
        return status == SessionStatus.ENDED;
    }

    public boolean open() {
        return status == SessionStatus.SCHEDULED || status == SessionStatus.IN_PROGRESS;
    }

    public int topicShifts() {
        return shifts.size();
    }

    public long count(ReContractOutcome outcome) {
        return shifts.stream().filter(shift -> shift.outcome() == outcome).count();
    }

    /** Ended − started; null without a start. */
    public Long endedMillis() {
        return startedAt == null || endedAt == null
                ? null
                : Duration.between(startedAt, endedAt).toMillis();
    }
}
