package io.throughline.session.command;

import static io.throughline.session.command.SessionRule.CANCEL_ONLY_BEFORE_END;
import static io.throughline.session.command.SessionRule.NOTHING_AFTER_END_OR_CANCEL;
import static io.throughline.session.command.SessionRule.ONLY_WHILE_IN_PROGRESS;
import static io.throughline.session.command.SessionRule.START_ONCE_FROM_SCHEDULED;

import io.throughline.events.SessionCancelled;
import io.throughline.events.SessionEnded;
import io.throughline.events.SessionEvent;
import io.throughline.events.SessionStarted;
import io.throughline.platform.time.LatestEventTime;
import java.time.Instant;

/**
 * Where a session stands — its status and the business time of its latest event — and so which
 * commands it admits at all. The aggregate's other rules come after these.
 */
record Lifecycle(SessionStatus status, LatestEventTime latestEvent) {

    static Lifecycle scheduledAt(Instant at) {
        return new Lifecycle(SessionStatus.SCHEDULED, LatestEventTime.NONE.after(at));
    }

    /** The lifecycle once {@code event} happened: its time, and a new status if the event moves the session. */
    Lifecycle after(SessionEvent event) {
        SessionStatus next = switch (event) {
            case SessionStarted started -> SessionStatus.IN_PROGRESS;
            case SessionEnded ended -> SessionStatus.ENDED;
            case SessionCancelled cancelled -> SessionStatus.CANCELLED;
            default -> status;
        };
        return new Lifecycle(next, latestEvent.after(event.occurredAt()));
    }

    /** Any command: the session is still open and {@code at} does not go back in time. */
    void admit(Instant at) {
        admit(at, NOTHING_AFTER_END_OR_CANCEL);
    }

    void admitWhileInProgress(Instant at) {
        admit(at);
        ONLY_WHILE_IN_PROGRESS.check(status == SessionStatus.IN_PROGRESS, "the session is " + status);
    }

    void admitStart(Instant at) {
        admit(at);
        START_ONCE_FROM_SCHEDULED.check(status == SessionStatus.SCHEDULED, "the session is " + status);
    }

    void admitCancel(Instant at) {
        // Cancelling an ended session breaks the more specific rule of the two that apply.
        admit(at, status == SessionStatus.ENDED ? CANCEL_ONLY_BEFORE_END : NOTHING_AFTER_END_OR_CANCEL);
    }

    private void admit(Instant at, SessionRule brokenIfClosed) {
        brokenIfClosed.check(!status.isClosed(), "the session is " + status);
        latestEvent.admit(at);
    }
}
