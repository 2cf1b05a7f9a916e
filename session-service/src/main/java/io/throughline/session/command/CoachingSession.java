package io.throughline.session.command;

import static io.throughline.session.command.SessionRule.ONE_AGREEMENT_PER_SESSION;
import static io.throughline.session.command.SessionRule.SESSION_ID_UNIQUE_IN_ORGANISATION;
import static io.throughline.session.command.SessionRule.SHIFT_NEEDS_AGREEMENT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

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
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One coaching session: SCHEDULED → IN_PROGRESS → ENDED, or CANCELLED. It applies the published
 * contract records themselves, so what is stored is exactly what subscribers receive.
 */
@Aggregate
public class CoachingSession {

    @AggregateIdentifier
    private SessionKey key;

    private String clientId;
    private String coachId;
    private Instant scheduledStart;
    private int plannedMinutes;
    private Lifecycle lifecycle;
    private String agreedTopic;
    private final TopicShifts shifts = new TopicShifts();

    protected CoachingSession() {
        // Axon rebuilds the session from its events, or creates it for scheduling, through this constructor.
    }

    /**
     * Scheduling is idempotent by sessionId, so a client may safely retry a create whose answer it
     * lost: the same session again changes nothing, a different one under the same id is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ScheduleOutcome handle(ScheduleSession command) {
        if (key != null) {
            SESSION_ID_UNIQUE_IN_ORGANISATION.check(
                    isScheduledAs(command),
                    "session '" + key.sessionId() + "' is scheduled for client " + clientId + " with coach " + coachId
                            + " at " + scheduledStart + " for " + plannedMinutes + " minutes");
            return ScheduleOutcome.ALREADY_SCHEDULED;
        }
        apply(new SessionScheduled(
                command.sessionId(),
                command.orgId(),
                command.clientId(),
                command.coachId(),
                command.scheduledStart(),
                command.plannedMinutes(),
                command.at()));
        return ScheduleOutcome.SCHEDULED;
    }

    @CommandHandler
    void handle(StartSession command) {
        lifecycle.admitStart(command.at());
        apply(new SessionStarted(key.sessionId(), key.orgId(), clientId, coachId, command.at()));
    }

    @CommandHandler
    void handle(CheckIn command) {
        lifecycle.admitWhileInProgress(command.at());
        apply(new SessionCheckedIn(
                key.sessionId(), key.orgId(), clientId, command.readiness().name(), command.note(), command.at()));
    }

    @CommandHandler
    void handle(AgreeSession command) {
        lifecycle.admitWhileInProgress(command.at());
        ONE_AGREEMENT_PER_SESSION.check(agreedTopic == null, "the session is contracted on '" + agreedTopic + "'");
        apply(new SessionContracted(
                key.sessionId(),
                key.orgId(),
                clientId,
                coachId,
                command.topic(),
                command.successMeasure(),
                command.importance(),
                command.toAddress(),
                command.at()));
    }

    @CommandHandler
    boolean handle(ShiftTopic command) {
        if (shifts.isRecorded(command)) {
            return false;
        }
        lifecycle.admitWhileInProgress(command.at());
        SHIFT_NEEDS_AGREEMENT.check(agreedTopic != null, "the session has no agreement yet");
        apply(new TopicShifted(
                key.sessionId(),
                key.orgId(),
                clientId,
                command.shiftId(),
                agreedTopic,
                command.topic(),
                command.noticedBy().name(),
                command.at()));
        return true;
    }

    @CommandHandler
    void handle(ReContract command) {
        lifecycle.admit(command.at());
        String shiftTopic = shifts.openTopic(command.shiftId());
        String topicFromNow = command.outcome() == ReContractOutcome.ADOPT_NEW_TOPIC ? shiftTopic : agreedTopic;
        apply(new SessionReContracted(
                key.sessionId(),
                key.orgId(),
                clientId,
                command.shiftId(),
                command.outcome().name(),
                topicFromNow,
                command.note(),
                command.at()));
    }

    @CommandHandler
    void handle(CompletePiece command) {
        lifecycle.admitWhileInProgress(command.at());
        apply(new PieceCompleted(
                key.sessionId(), key.orgId(), clientId, command.summary(), command.nextStep(), command.at()));
    }

    @CommandHandler
    void handle(EndSession command) {
        lifecycle.admitWhileInProgress(command.at());
        apply(new SessionEnded(
                key.sessionId(),
                key.orgId(),
                clientId,
                coachId,
                command.progress().name(),
                command.clientFeedback(),
                command.at()));
    }

    @CommandHandler
    void handle(CancelSession command) {
        lifecycle.admitCancel(command.at());
        apply(new SessionCancelled(key.sessionId(), key.orgId(), clientId, command.reason(), command.at()));
    }

    @EventSourcingHandler
    void on(SessionScheduled event) {
        key = new SessionKey(event.orgId(), event.sessionId());
        clientId = event.clientId();
        coachId = event.coachId();
        scheduledStart = event.scheduledStart();
        plannedMinutes = event.plannedMinutes();
        lifecycle = Lifecycle.scheduledAt(event.occurredAt());
    }

    @EventSourcingHandler
    void on(SessionContracted event) {
        agreedTopic = event.topic();
        lifecycle = lifecycle.after(event);
    }

    @EventSourcingHandler
    void on(TopicShifted event) {
        shifts.opened(event.shiftId(), event.toTopic(), event.noticedBy());
        lifecycle = lifecycle.after(event);
    }

    @EventSourcingHandler
    void on(SessionReContracted event) {
        shifts.reContracted(event.shiftId());
        agreedTopic = event.agreedTopic();
        lifecycle = lifecycle.after(event);
    }

    /** Every other event only moves the lifecycle; Axon calls the most specific handler, so this is the rest. */
    @EventSourcingHandler
    void on(SessionEvent event) {
        lifecycle = lifecycle.after(event);
    }

    private boolean isScheduledAs(ScheduleSession command) {
        return clientId.equals(command.clientId())
                && coachId.equals(command.coachId())
                && scheduledStart.equals(command.scheduledStart())
                && plannedMinutes == command.plannedMinutes();
    }
}
