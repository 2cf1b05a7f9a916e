package io.throughline.analytics.session.fold;

import java.time.Instant;
import java.util.List;

/**
 * Everything the events of one session and of its prep forms have established, keyed so that any
 * arrival order and any redelivery gives the same facts: each fact keeps the sequence of the event
 * that set it, and where two events claim the same fact (which the session's rules forbid) the
 * lower sequence wins. Times are truncated to milliseconds, the precision they are stored with.
 */
public record SessionFacts(
        List<Long> applied,
        Scheduled scheduled,
        Started started,
        CheckedIn checkedIn,
        Contracted contracted,
        List<Shift> shifts,
        List<ReContract> reContracts,
        List<Piece> pieces,
        Ended ended,
        Cancelled cancelled,
        List<PrepFormFacts> prepForms) {

    public SessionFacts {
        applied = List.copyOf(applied == null ? List.of() : applied);
        shifts = List.copyOf(shifts == null ? List.of() : shifts);
        reContracts = List.copyOf(reContracts == null ? List.of() : reContracts);
        pieces = List.copyOf(pieces == null ? List.of() : pieces);
        prepForms = List.copyOf(prepForms == null ? List.of() : prepForms);
    }

    public static SessionFacts none() {
        return new SessionFacts(
                List.of(), null, null, null, null, List.of(), List.of(), List.of(), null, null, List.of());
    }

    /** Whether any event of the session itself has arrived (a prep form alone does not make a session known). */
    public boolean sessionKnown() {
        return !applied.isEmpty();
    }

    public record Scheduled(long seq, Instant at, String coachId, Instant scheduledStart, int plannedMinutes) {}

    public record Started(long seq, Instant at, String coachId) {}

    public record CheckedIn(long seq, Instant at, String readiness, String note) {}

    public record Contracted(
            long seq,
            Instant at,
            String coachId,
            String topic,
            String successMeasure,
            String importance,
            String toAddress) {}

    public record Shift(long seq, Instant at, String shiftId, String topic, String noticedBy) {}

    public record ReContract(long seq, Instant at, String shiftId, String outcome, String agreedTopic) {}

    public record Piece(long seq, Instant at, String summary, String nextStep) {}

    public record Ended(long seq, Instant at, String coachId, String progress) {}

    public record Cancelled(long seq, Instant at, String reason) {}
}
