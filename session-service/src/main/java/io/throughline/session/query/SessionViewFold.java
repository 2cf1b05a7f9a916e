package io.throughline.session.query;

import io.throughline.events.PieceCompleted;
import io.throughline.events.SessionCancelled;
import io.throughline.events.SessionCheckedIn;
import io.throughline.events.SessionContracted;
import io.throughline.events.SessionEnded;
import io.throughline.events.SessionEvent;
import io.throughline.events.SessionReContracted;
import io.throughline.events.SessionScheduled;
import io.throughline.events.SessionStarted;
import io.throughline.events.TopicShifted;
import io.throughline.session.command.SessionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds a session's whole event stream, in order from sequence 0, into its view. Pure, so reading a
 * session's own writes (load the stream, fold) and the list read model give the same answer.
 */
public final class SessionViewFold {

    private SessionViewFold() {}

    public static SessionView fold(List<? extends SessionEvent> events) {
        if (events.isEmpty() || !(events.getFirst() instanceof SessionScheduled)) {
            throw new IllegalArgumentException(
                    "A session's events begin with " + SessionScheduled.class.getSimpleName());
        }
        Draft draft = new Draft();
        events.forEach(draft::add);
        return draft.view(events.size() - 1);
    }

    private static final class Draft {
        private SessionScheduled scheduled;
        private SessionStatus status;
        private Instant startedAt;
        private Instant endedAt;
        private Instant cancelledAt;
        private String agreedTopic;
        private SessionView.Agreement agreement;
        private SessionView.CheckIn checkIn;
        private final Map<String, SessionView.Shift> shifts = new LinkedHashMap<>();
        private final List<SessionView.Piece> pieces = new ArrayList<>();
        private String progress;
        private String clientFeedback;
        private String cancelReason;

        // No default branch: a new session event type must be decided on here before it compiles.
        void add(SessionEvent event) {
            switch (event) {
                case SessionScheduled e -> {
                    scheduled = e;
                    status = SessionStatus.SCHEDULED;
                }
                case SessionStarted e -> {
                    status = SessionStatus.IN_PROGRESS;
                    startedAt = e.occurredAt();
                }
                case SessionCheckedIn e -> checkIn = new SessionView.CheckIn(e.readiness(), e.note(), e.occurredAt());
                case SessionContracted e -> {
                    agreement = new SessionView.Agreement(
                            e.topic(), e.successMeasure(), e.importance(), e.toAddress(), e.occurredAt());
                    agreedTopic = e.topic();
                }
                case TopicShifted e ->
                    shifts.put(
                            e.shiftId(),
                            SessionView.Shift.opened(e.shiftId(), e.toTopic(), e.noticedBy(), e.occurredAt()));
                case SessionReContracted e -> {
                    shifts.computeIfPresent(
                            e.shiftId(), (id, shift) -> shift.reContracted(e.outcome(), e.occurredAt(), e.note()));
                    agreedTopic = e.agreedTopic();
                }
                case PieceCompleted e -> pieces.add(new SessionView.Piece(e.summary(), e.nextStep(), e.occurredAt()));
                case SessionEnded e -> {
                    status = SessionStatus.ENDED;
                    endedAt = e.occurredAt();
                    progress = e.progress();
                    clientFeedback = e.clientFeedback();
                }
                case SessionCancelled e -> {
                    status = SessionStatus.CANCELLED;
                    cancelledAt = e.occurredAt();
                    cancelReason = e.reason();
                }
            }
        }

        SessionView view(long version) {
            return new SessionView(
                    scheduled.sessionId(),
                    scheduled.orgId(),
                    scheduled.clientId(),
                    scheduled.coachId(),
                    status,
                    scheduled.scheduledStart(),
                    scheduled.plannedMinutes(),
                    startedAt,
                    endedAt,
                    agreedTopic,
                    agreement,
                    List.copyOf(shifts.values()),
                    pieces,
                    progress,
                    version,
                    checkIn,
                    clientFeedback,
                    cancelledAt,
                    cancelReason);
        }
    }
}
