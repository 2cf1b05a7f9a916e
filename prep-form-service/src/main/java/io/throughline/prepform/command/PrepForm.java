package io.throughline.prepform.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.throughline.events.PrepFormMissed;
import io.throughline.events.PrepFormRequested;
import io.throughline.events.PrepFormSubmitted;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A client's preparation form for one session (or for none). Each handler checks its rules — values of their own:
 * the {@link Lifecycle}, whose form it is ({@link ClientAndSession}), the session's one form ({@link PrepFormKey}) —
 * then applies one event; the package documentation tells the rules.
 */
@Aggregate
public class PrepForm {

    @AggregateIdentifier
    private PrepFormKey key;

    private ClientAndSession owner;
    private Answers answers;
    private Lifecycle lifecycle = Lifecycle.NONE;

    protected PrepForm() {
        // Axon instantiates an empty form to source events into, or to create it if missing.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    DraftOutcome handle(DraftPrepForm command) {
        command.key().requireFormOfSession(command.sessionId());
        if (!lifecycle.exists()) {
            apply(new PrepFormDrafted(
                    command.prepFormId(),
                    command.orgId(),
                    command.clientId(),
                    command.sessionId(),
                    command.answers().asMap(),
                    command.at()));
            return DraftOutcome.CREATED;
        }
        owner.admit(command.clientId(), command.sessionId(), key);
        changeAnswers(command.answers(), command.at());
        return DraftOutcome.FILLED_IN;
    }

    @CommandHandler
    void handle(UpdateAnswers command) {
        changeAnswers(command.answers(), command.at());
    }

    @CommandHandler
    void handle(SubmitPrepForm command) {
        lifecycle.admitClientWrite(command.at());
        answers.requireSessionIntent();
        apply(new PrepFormSubmitted(
                key.prepFormId(),
                key.orgId(),
                owner.clientId(),
                owner.sessionId(),
                lifecycle.isLate(),
                answers.asMap(),
                command.at()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestPrepForm command) {
        command.key().requireFormOfSession(command.sessionId());
        if (lifecycle.exists()) {
            owner.admit(command.clientId(), command.sessionId(), key);
            if (lifecycle.requested()) {
                return; // the scheduled event again, redelivered
            }
        }
        // No order check: the event keeps the occurredAt of the scheduled event that caused it. The session's
        // coach goes into the stored event's metadata (the contract's payload has no coachId).
        apply(
                new PrepFormRequested(
                        command.prepFormId(),
                        command.orgId(),
                        command.clientId(),
                        command.sessionId(),
                        command.dueBy(),
                        command.at()),
                EventMetaData.coach(command.coachId()));
    }

    @CommandHandler
    void handle(MarkPrepFormMissed command) {
        owner.admit(command.clientId(), command.sessionId(), key);
        if (lifecycle.mayBeMissed()) {
            apply(new PrepFormMissed(key.prepFormId(), key.orgId(), owner.clientId(), owner.sessionId(), command.at()));
        }
    }

    private void changeAnswers(Answers newAnswers, Instant at) {
        lifecycle.admitClientWrite(at);
        // Unchanged answers on a form already begun make a retried request a no-op.
        if (lifecycle.awaitsAnswers() || !newAnswers.equals(answers)) {
            apply(new AnswersUpdated(key.prepFormId(), key.orgId(), newAnswers.asMap(), at));
        }
    }

    @EventSourcingHandler
    void on(PrepFormRequested event) {
        if (!lifecycle.exists()) {
            created(event.orgId(), event.prepFormId(), event.clientId(), event.sessionId(), Answers.none());
        }
        lifecycle = lifecycle.requestedAt(event.occurredAt());
    }

    @EventSourcingHandler
    void on(PrepFormDrafted event) {
        created(event.orgId(), event.prepFormId(), event.clientId(), event.sessionId(), Answers.of(event.answers()));
        lifecycle = lifecycle.to(PrepFormStatus.DRAFT, event.occurredAt());
    }

    @EventSourcingHandler
    void on(AnswersUpdated event) {
        answers = Answers.of(event.answers());
        lifecycle = lifecycle.answeredAt(event.occurredAt());
    }

    @EventSourcingHandler
    void on(PrepFormSubmitted event) {
        lifecycle = lifecycle.to(PrepFormStatus.SUBMITTED, event.occurredAt());
    }

    @EventSourcingHandler
    void on(PrepFormMissed event) {
        lifecycle = lifecycle.to(PrepFormStatus.MISSED, event.occurredAt());
    }

    private void created(String orgId, String prepFormId, String clientId, String sessionId, Answers initial) {
        key = new PrepFormKey(orgId, prepFormId);
        owner = new ClientAndSession(clientId, sessionId);
        answers = initial;
    }
}
