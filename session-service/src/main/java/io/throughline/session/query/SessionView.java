package io.throughline.session.query;

import io.throughline.session.command.SessionStatus;
import java.time.Instant;
import java.util.List;

/**
 * A coaching session as API.md shows it. {@code agreement} is what was contracted at the start;
 * {@code agreedTopic} is the topic agreed now, which an {@code ADOPT_NEW_TOPIC} re-contract changes.
 * {@code version} is the 0-based sequence number of the session's latest event. The fields after
 * {@code version} are additions to API.md's list, so that everything written can be read back.
 */
public record SessionView(
        String sessionId,
        String orgId,
        String clientId,
        String coachId,
        SessionStatus status,
        Instant scheduledStart,
        int plannedMinutes,
        Instant startedAt,
        Instant endedAt,
        String agreedTopic,
        Agreement agreement,
        List<Shift> shifts,
        List<Piece> pieces,
        String progress,
        long version,
        CheckIn checkIn,
        String clientFeedback,
        Instant cancelledAt,
        String cancelReason) {

    public SessionView {
        shifts = List.copyOf(shifts);
        pieces = List.copyOf(pieces);
    }

    /** The session agreement (ICF PCC 3.1–3.4). */
    public record Agreement(String topic, String successMeasure, String importance, String toAddress, Instant at) {}

    /** A topic shift; {@code outcome}, {@code reContractedAt} and {@code note} stay null while it is open. */
    public record Shift(
            String shiftId,
            String topic,
            String noticedBy,
            Instant at,
            String outcome,
            Instant reContractedAt,
            String note) {

        static Shift opened(String shiftId, String topic, String noticedBy, Instant at) {
            return new Shift(shiftId, topic, noticedBy, at, null, null, null);
        }

        Shift reContracted(String outcome, Instant reContractedAt, String note) {
            return new Shift(shiftId, topic, noticedBy, at, outcome, reContractedAt, note);
        }
    }

    /** A completed piece of the conversation and the next step agreed after it. */
    public record Piece(String summary, String nextStep, Instant at) {}

    /** The latest check-in: how present the client was. */
    public record CheckIn(String readiness, String note, Instant at) {}
}
