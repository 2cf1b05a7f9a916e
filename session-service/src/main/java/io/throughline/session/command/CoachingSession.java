package io.throughline.session.command;

import static io.throughline.session.command.SessionRule.ONE_AGREEMENT_PER_SESSION;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One coaching session: SCHEDULED → IN_PROGRESS → ENDED, or CANCELLED. It applies the published
 * contract records themselves, so what is stored is exactly what subscribers receive.
 */
@Aggregate
public class CoachingSession {

    @AggregateIdentifier
    private String sessionId;
    private String orgId;
    private String clientId;
    private String coachId;
    private Lifecycle lifecycle;
    private String agreedTopic;
    private final TopicShifts shifts = new TopicShifts();

    protected CoachingSession() {
        // Axon rebuilds the session from its events through this constructor.
    }

    @CommandHandler
    public CoachingSession(ScheduleSession command) {
        apply(new SessionScheduled(command.sessionId(), command.orgId(), command.clientId(), command.coachId(),
                command.scheduledStart(), command.plannedMinutes(), command.at()));
    }

    @CommandHandler
    void handle(StartSession command) {
        inOrganisation(command).admitStart(command.at());
        apply(new SessionStarted(sessionId, orgId, clientId, coachId, command.at()));
    }

    @CommandHandler
    void handle(CheckIn command) {
        inOrganisation(command).admitWhileInProgress(command.at());
        apply(new SessionCheckedIn(sessionId, orgId, clientId, command.readiness().name(), command.note(),
                command.at()));
    }

    @CommandHandler
    void handle(AgreeSession command) {
        inOrganisation(command).admitWhileInProgress(command.at());
        ONE_AGREEMENT_PER_SESSION.check(agreedTopic == null, "the session is contracted on '" + agreedTopic + "'");
        apply(new SessionContracted(sessionId, orgId, clientId, coachId, command.topic(), command.successMeasure(),
                command.importance(), command.toAddress(), command.at()));
    }

    @CommandHandler
    void handle(ShiftTopic command) {
        inOrganisation(command).admitWhileInProgress(command.at());
        SHIFT_NEEDS_AGREEMENT.check(agreedTopic != null, "the session has no agreement yet");
        shifts.requireUnused(command.shiftId());
        apply(new TopicShifted(sessionId, orgId, clientId, command.shiftId(), agreedTopic, command.topic(),
                command.noticedBy().name(), command.at()));
    }

    @CommandHandler
    void handle(ReContract command) {
        inOrganisation(command).admit(command.at());
        String shiftTopic = shifts.openTopic(command.shiftId());
        String topicFromNow = command.outcome() == ReContractOutcome.ADOPT_NEW_TOPIC ? shiftTopic : agreedTopic;
        apply(new SessionReContracted(sessionId, orgId, clientId, command.shiftId(), command.outcome().name(),
                topicFromNow, command.note(), command.at()));
    }

    @CommandHandler
    void handle(CompletePiece command) {
        inOrganisation(command).admitWhileInProgress(command.at());
        apply(new PieceCompleted(sessionId, orgId, clientId, command.summary(), command.nextStep(), command.at()));
    }

    @CommandHandler
    void handle(EndSession command) {
        inOrganisation(command).admitWhileInProgress(command.at());
        apply(new SessionEnded(sessionId, orgId, clientId, coachId, command.progress().name(),
                command.clientFeedback(), command.at()));
    }

    @CommandHandler
    void handle(CancelSession command) {
        inOrganisation(command).admitCancel(command.at());
        apply(new SessionCancelled(sessionId, orgId, clientId, command.reason(), command.at()));
    }

    @EventSourcingHandler
    void on(SessionScheduled event) {
        sessionId = event.sessionId();
        orgId = event.orgId();
        clientId = event.clientId();
        coachId = event.coachId();
        lifecycle = Lifecycle.scheduledAt(event.occurredAt());
    }

    @EventSourcingHandler
    void on(SessionContracted event) {
        agreedTopic = event.topic();
        lifecycle = lifecycle.after(event);
    }

    @EventSourcingHandler
    void on(TopicShifted event) {
        shifts.opened(event.shiftId(), event.toTopic());
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

    /** A session of another organisation is answered as unknown, before any rule could reveal it exists. */
    private Lifecycle inOrganisation(SessionCommand command) {
        if (!orgId.equals(command.orgId())) {
            throw new SessionNotFound(sessionId, command.orgId());
        }
        return lifecycle;
    }
}
