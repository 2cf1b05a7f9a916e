package io.throughline.analytics.session.fold;

import static io.throughline.analytics.session.fold.SequenceOrder.keyed;
import static io.throughline.analytics.session.fold.SequenceOrder.lowest;
import static io.throughline.analytics.session.fold.SequenceOrder.sortedBySeq;
import static io.throughline.analytics.session.fold.SequenceOrder.sortedWith;

import io.throughline.analytics.session.fold.SessionFacts.Cancelled;
import io.throughline.analytics.session.fold.SessionFacts.CheckedIn;
import io.throughline.analytics.session.fold.SessionFacts.Contracted;
import io.throughline.analytics.session.fold.SessionFacts.Ended;
import io.throughline.analytics.session.fold.SessionFacts.Piece;
import io.throughline.analytics.session.fold.SessionFacts.ReContract;
import io.throughline.analytics.session.fold.SessionFacts.Scheduled;
import io.throughline.analytics.session.fold.SessionFacts.Shift;
import io.throughline.analytics.session.fold.SessionFacts.Started;
import io.throughline.events.EventEnvelope;
import io.throughline.events.PieceCompleted;
import io.throughline.events.PrepFormEvent;
import io.throughline.events.PrepFormMissed;
import io.throughline.events.PrepFormRequested;
import io.throughline.events.PrepFormSubmitted;
import io.throughline.events.SessionCancelled;
import io.throughline.events.SessionCheckedIn;
import io.throughline.events.SessionContracted;
import io.throughline.events.SessionEnded;
import io.throughline.events.SessionEvent;
import io.throughline.events.SessionReContracted;
import io.throughline.events.SessionScheduled;
import io.throughline.events.SessionStarted;
import io.throughline.events.TopicShifted;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Adds one event to a session's facts. An event whose sequence its aggregate already applied
 * returns the very same facts, which is how callers tell a duplicate.
 */
public final class FactsMerger {

    private FactsMerger() {}

    public static SessionFacts merge(SessionFacts facts, EventEnvelope envelope) {
        return switch (envelope.event()) {
            case SessionEvent event ->
                facts.applied().contains(envelope.sequence())
                        ? facts
                        : mergeSession(withApplied(facts, envelope.sequence()), event, envelope.sequence());
            case PrepFormEvent event -> mergePrepForm(facts, event, envelope.sequence());
        };
    }

    private static SessionFacts withApplied(SessionFacts f, long seq) {
        return new SessionFacts(
                sortedWith(f.applied(), seq),
                f.scheduled(),
                f.started(),
                f.checkedIn(),
                f.contracted(),
                f.shifts(),
                f.reContracts(),
                f.pieces(),
                f.ended(),
                f.cancelled(),
                f.prepForms());
    }

    private static SessionFacts mergeSession(SessionFacts f, SessionEvent event, long seq) {
        Instant at = millis(event.occurredAt());
        return switch (event) {
            case SessionScheduled e ->
                new SessionFacts(
                        f.applied(),
                        lowest(
                                f.scheduled(),
                                new Scheduled(seq, at, e.coachId(), millis(e.scheduledStart()), e.plannedMinutes()),
                                Scheduled::seq),
                        f.started(),
                        f.checkedIn(),
                        f.contracted(),
                        f.shifts(),
                        f.reContracts(),
                        f.pieces(),
                        f.ended(),
                        f.cancelled(),
                        f.prepForms());
            case SessionStarted e ->
                new SessionFacts(
                        f.applied(),
                        f.scheduled(),
                        lowest(f.started(), new Started(seq, at, e.coachId()), Started::seq),
                        f.checkedIn(),
                        f.contracted(),
                        f.shifts(),
                        f.reContracts(),
                        f.pieces(),
                        f.ended(),
                        f.cancelled(),
                        f.prepForms());
            case SessionCheckedIn e ->
                new SessionFacts(
                        f.applied(),
                        f.scheduled(),
                        f.started(),
                        lowest(f.checkedIn(), new CheckedIn(seq, at, e.readiness(), e.note()), CheckedIn::seq),
                        f.contracted(),
                        f.shifts(),
                        f.reContracts(),
                        f.pieces(),
                        f.ended(),
                        f.cancelled(),
                        f.prepForms());
            case SessionContracted e ->
                new SessionFacts(
                        f.applied(),
                        f.scheduled(),
                        f.started(),
                        f.checkedIn(),
                        lowest(
                                f.contracted(),
                                new Contracted(
                                        seq,
                                        at,
                                        e.coachId(),
                                        e.topic(),
                                        e.successMeasure(),
                                        e.importance(),
                                        e.toAddress()),
                                Contracted::seq),
                        f.shifts(),
                        f.reContracts(),
                        f.pieces(),
                        f.ended(),
                        f.cancelled(),
                        f.prepForms());
            case TopicShifted e ->
                new SessionFacts(
                        f.applied(),
                        f.scheduled(),
                        f.started(),
                        f.checkedIn(),
                        f.contracted(),
                        keyed(
                                f.shifts(),
                                new Shift(seq, at, e.shiftId(), e.toTopic(), e.noticedBy()),
                                Shift::shiftId,
                                Shift::seq),
                        f.reContracts(),
                        f.pieces(),
                        f.ended(),
                        f.cancelled(),
                        f.prepForms());
            case SessionReContracted e ->
                new SessionFacts(
                        f.applied(),
                        f.scheduled(),
                        f.started(),
                        f.checkedIn(),
                        f.contracted(),
                        f.shifts(),
                        keyed(
                                f.reContracts(),
                                new ReContract(seq, at, e.shiftId(), e.outcome(), e.agreedTopic()),
                                ReContract::shiftId,
                                ReContract::seq),
                        f.pieces(),
                        f.ended(),
                        f.cancelled(),
                        f.prepForms());
            case PieceCompleted e ->
                new SessionFacts(
                        f.applied(),
                        f.scheduled(),
                        f.started(),
                        f.checkedIn(),
                        f.contracted(),
                        f.shifts(),
                        f.reContracts(),
                        sortedBySeq(f.pieces(), new Piece(seq, at, e.summary(), e.nextStep()), Piece::seq),
                        f.ended(),
                        f.cancelled(),
                        f.prepForms());
            case SessionEnded e ->
                new SessionFacts(
                        f.applied(),
                        f.scheduled(),
                        f.started(),
                        f.checkedIn(),
                        f.contracted(),
                        f.shifts(),
                        f.reContracts(),
                        f.pieces(),
                        lowest(f.ended(), new Ended(seq, at, e.coachId(), e.progress()), Ended::seq),
                        f.cancelled(),
                        f.prepForms());
            case SessionCancelled e ->
                new SessionFacts(
                        f.applied(),
                        f.scheduled(),
                        f.started(),
                        f.checkedIn(),
                        f.contracted(),
                        f.shifts(),
                        f.reContracts(),
                        f.pieces(),
                        f.ended(),
                        lowest(f.cancelled(), new Cancelled(seq, at, e.reason()), Cancelled::seq),
                        f.prepForms());
        };
    }

    private static SessionFacts mergePrepForm(SessionFacts f, PrepFormEvent event, long seq) {
        PrepFormFacts form = f.prepForms().stream()
                .filter(candidate -> candidate.prepFormId().equals(event.prepFormId()))
                .findFirst()
                .orElse(new PrepFormFacts(event.prepFormId(), List.of(), null, null, null));
        if (form.applied().contains(seq)) {
            return f;
        }
        Instant at = millis(event.occurredAt());
        List<Long> applied = sortedWith(form.applied(), seq);
        PrepFormFacts merged = switch (event) {
            case PrepFormRequested e ->
                new PrepFormFacts(
                        form.prepFormId(),
                        applied,
                        lowest(
                                form.requested(),
                                new PrepFormFacts.Requested(seq, at, millis(e.dueBy())),
                                PrepFormFacts.Requested::seq),
                        form.submitted(),
                        form.missed());
            case PrepFormSubmitted e ->
                new PrepFormFacts(
                        form.prepFormId(),
                        applied,
                        form.requested(),
                        lowest(
                                form.submitted(),
                                new PrepFormFacts.Submitted(seq, at, e.late()),
                                PrepFormFacts.Submitted::seq),
                        form.missed());
            case PrepFormMissed e ->
                new PrepFormFacts(
                        form.prepFormId(),
                        applied,
                        form.requested(),
                        form.submitted(),
                        lowest(form.missed(), new PrepFormFacts.Missed(seq, at), PrepFormFacts.Missed::seq));
        };
        List<PrepFormFacts> forms = new ArrayList<>(f.prepForms().stream()
                .filter(candidate -> !candidate.prepFormId().equals(event.prepFormId()))
                .toList());
        forms.add(merged);
        forms.sort(Comparator.comparing(PrepFormFacts::prepFormId));
        return new SessionFacts(
                f.applied(),
                f.scheduled(),
                f.started(),
                f.checkedIn(),
                f.contracted(),
                f.shifts(),
                f.reContracts(),
                f.pieces(),
                f.ended(),
                f.cancelled(),
                forms);
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
