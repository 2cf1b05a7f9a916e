package io.throughline.analytics.history.query;

import io.throughline.analytics.session.fold.PrepFormStatus;
import io.throughline.analytics.session.fold.SessionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The sessions behind a trend point: the patterns' session rows plus {@code clientId} and the shifts
 * with their outcomes, newest first, one page of them.
 */
public record SessionRows(
        String subjectType,
        String subjectId,
        String timeZone,
        LocalDate from,
        LocalDate to,
        List<Row> sessions,
        Page sessionsPage) {

    /** {@code sessionAt} is the session's business time: started, else scheduled. */
    public record Row(
            String sessionId,
            String clientId,
            String coachId,
            Instant sessionAt,
            Instant scheduledStart,
            Instant startedAt,
            Instant endedAt,
            SessionStatus status,
            int topicShifts,
            Double onAgreedTopicShare,
            Double minutesToAgreement,
            PrepFormStatus prepForm,
            String progress,
            List<Shift> shifts) {}

    /** {@code outcome} is null while the shift is open in a session still running, {@code UNRESOLVED} if left open. */
    public record Shift(String shiftId, String topic, Instant at, String outcome, Instant reContractedAt) {}

    public record Page(int page, int size, long totalElements, long totalPages) {}
}
