package io.throughline.prepform.command;

import io.throughline.events.PrepFormMissed;
import io.throughline.events.PrepFormRequested;
import io.throughline.events.PrepFormSubmitted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A client's preparation form for one session (or for none). See the package documentation for its rules. */
@Aggregate
public class PrepForm {

    @AggregateIdentifier
    private PrepFormKey key;
    private String clientId;
    private String sessionId;
    private PrepFormStatus status;
    private boolean requested;
    private Answers answers;
    private Instant latestOccurredAt;

    protected PrepForm() {
        // Axon instantiates an empty form to source events into, or to create it if missing.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    DraftOutcome handle(DraftPrepForm command) {
        requireFormOfSession(command.key(), command.sessionId());
        if (status == null) {
            apply(new PrepFormDrafted(command.prepFormId(), command.orgId(), command.clientId(), command.sessionId(),
                    command.answers().asMap(), command.at()));
            return DraftOutcome.CREATED;
        }
        requireSameClientAndSession(command.clientId(), command.sessionId());
        changeAnswers(command.answers(), command.at());
        return DraftOutcome.FILLED_IN;
    }

    @CommandHandler
    void handle(UpdateAnswers command) {
        changeAnswers(command.answers(), command.at());
    }

    @CommandHandler
    void handle(SubmitPrepForm command) {
        requireNotSubmitted();
        requireNotBeforePreviousEvent(command.at());
        if (!answers.hasSessionIntent()) {
            throw new PrepFormIncomplete("answers.sessionIntent", "must not be empty to submit the form");
        }
        // A session that starts before its form is submitted marks the form missed, so missed means late.
        apply(new PrepFormSubmitted(key.prepFormId(), key.orgId(), clientId, sessionId,
                status == PrepFormStatus.MISSED, answers.asMap(), command.at()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestPrepForm command) {
        requireFormOfSession(command.key(), command.sessionId());
        if (status != null) {
            requireSameClientAndSession(command.clientId(), command.sessionId());
            if (requested) {
                return; // the scheduled event again, redelivered
            }
        }
        // No order check: the event keeps the occurredAt of the scheduled event that caused it. The session's
        // coach goes into the stored event's metadata (the contract's payload has no coachId).
        apply(new PrepFormRequested(command.prepFormId(), command.orgId(), command.clientId(), command.sessionId(),
                command.dueBy(), command.at()), EventMetaData.coach(command.coachId()));
    }

    @CommandHandler
    void handle(MarkPrepFormMissed command) {
        requireSameClientAndSession(command.clientId(), command.sessionId());
        if (status == PrepFormStatus.REQUESTED || status == PrepFormStatus.DRAFT) {
            apply(new PrepFormMissed(key.prepFormId(), key.orgId(), clientId, sessionId, command.at()));
        }
    }

    private void changeAnswers(Answers newAnswers, Instant at) {
        requireNotSubmitted();
        requireNotBeforePreviousEvent(at);
        // Unchanged answers on a form already begun make a retried request a no-op.
        if (status == PrepFormStatus.REQUESTED || !newAnswers.equals(answers)) {
            apply(new AnswersUpdated(key.prepFormId(), key.orgId(), newAnswers.asMap(), at));
        }
    }

    private static void requireFormOfSession(PrepFormKey key, String sessionId) {
        if (sessionId != null && !key.isFormOf(sessionId)) {
            throw new PrepFormRuleViolation(PrepFormRule.ONE_FORM_PER_SESSION, "the form of session " + sessionId
                    + " is " + PrepFormKey.forSession(key.orgId(), sessionId).prepFormId() + ", not " + key.prepFormId());
        }
    }

    private void requireSameClientAndSession(String otherClientId, String otherSessionId) {
        if (!clientId.equals(otherClientId) || !Objects.equals(sessionId, otherSessionId)) {
            // Not naming the form's own client: the answer may go to another client.
            throw new PrepFormRuleViolation(PrepFormRule.SAME_CLIENT_AND_SESSION, "form " + key.prepFormId()
                    + " is not client " + otherClientId + "'s form for "
                    + (otherSessionId == null ? "no session" : "session " + otherSessionId));
        }
    }

    private void requireNotSubmitted() {
        if (status == PrepFormStatus.SUBMITTED) {
            throw new PrepFormRuleViolation(PrepFormRule.SUBMITTED_FORM_IS_FINAL,
                    "form " + key.prepFormId() + " is already submitted");
        }
    }

    private void requireNotBeforePreviousEvent(Instant at) {
        if (at.isBefore(latestOccurredAt)) {
            throw new PrepFormRuleViolation(PrepFormRule.NOT_BEFORE_PREVIOUS_EVENT,
                    "at " + at + " is before the form's previous event at " + latestOccurredAt);
        }
    }

    @EventSourcingHandler
    void on(PrepFormRequested event) {
        if (status == null) {
            created(event.orgId(), event.prepFormId(), event.clientId(), event.sessionId(), PrepFormStatus.REQUESTED,
                    Answers.none());
        }
        requested = true;
        occurred(event.occurredAt());
    }

    @EventSourcingHandler
    void on(PrepFormDrafted event) {
        created(event.orgId(), event.prepFormId(), event.clientId(), event.sessionId(), PrepFormStatus.DRAFT,
                Answers.of(event.answers()));
        occurred(event.occurredAt());
    }

    @EventSourcingHandler
    void on(AnswersUpdated event) {
        answers = Answers.of(event.answers());
        if (status == PrepFormStatus.REQUESTED) {
            status = PrepFormStatus.DRAFT;
        }
        occurred(event.occurredAt());
    }

    @EventSourcingHandler
    void on(PrepFormSubmitted event) {
        status = PrepFormStatus.SUBMITTED;
        occurred(event.occurredAt());
    }

    @EventSourcingHandler
    void on(PrepFormMissed event) {
        status = PrepFormStatus.MISSED;
        occurred(event.occurredAt());
    }

    private void created(String orgId, String prepFormId, String clientId, String sessionId, PrepFormStatus status,
                         Answers answers) {
        this.key = new PrepFormKey(orgId, prepFormId);
        this.clientId = clientId;
        this.sessionId = sessionId;
        this.status = status;
        this.answers = answers;
    }

    // Events caused by session events keep their cause's time and may go back; the latest one bounds client writes.
    private void occurred(Instant occurredAt) {
        if (latestOccurredAt == null || occurredAt.isAfter(latestOccurredAt)) {
            latestOccurredAt = occurredAt;
        }
    }
}
