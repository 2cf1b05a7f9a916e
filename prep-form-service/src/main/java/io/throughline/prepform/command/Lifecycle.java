package io.throughline.prepform.command;

import static io.throughline.prepform.command.PrepFormRule.SUBMITTED_FORM_IS_FINAL;

import io.throughline.platform.time.LatestEventTime;
import java.time.Instant;

/**
 * Where a form stands — its status ({@code null} before its first event), whether its session's scheduling has
 * requested it, and the business time of its latest event — and so which writes it admits. The aggregate's other
 * rules come after these.
 */
record Lifecycle(PrepFormStatus status, boolean requested, LatestEventTime latestEvent) {

    static final Lifecycle NONE = new Lifecycle(null, false, LatestEventTime.NONE);

    boolean exists() {
        return status != null;
    }

    /** A client's write (answers, submission): the form is not submitted, and {@code at} does not go back in time. */
    void admitClientWrite(Instant at) {
        SUBMITTED_FORM_IS_FINAL.check(status != PrepFormStatus.SUBMITTED, "the form is already submitted");
        latestEvent.admit(at);
    }

    /** Requested, never answered: answering it moves it to {@code DRAFT} even with no answer given. */
    boolean awaitsAnswers() {
        return status == PrepFormStatus.REQUESTED;
    }

    boolean mayBeMissed() {
        return status == PrepFormStatus.REQUESTED || status == PrepFormStatus.DRAFT;
    }

    /** A session that starts before its form is submitted marks the form missed, so a missed form is late. */
    boolean isLate() {
        return status == PrepFormStatus.MISSED;
    }

    /** The session's scheduling requested the form: a new one is {@code REQUESTED}, an existing one keeps its status. */
    Lifecycle requestedAt(Instant occurredAt) {
        return new Lifecycle(exists() ? status : PrepFormStatus.REQUESTED, true, latestEvent.after(occurredAt));
    }

    Lifecycle answeredAt(Instant occurredAt) {
        return to(awaitsAnswers() ? PrepFormStatus.DRAFT : status, occurredAt);
    }

    /** Events caused by session events keep their cause's time and may go back; the latest one bounds client writes. */
    Lifecycle to(PrepFormStatus next, Instant occurredAt) {
        return new Lifecycle(next, requested, latestEvent.after(occurredAt));
    }
}
