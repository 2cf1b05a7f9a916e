package io.throughline.prepform.query;

import io.throughline.prepform.command.Answers;
import io.throughline.prepform.command.PrepFormStatus;
import java.time.Instant;

/** {@code dueBy} is null until the session is scheduled, {@code submittedAt} until submitted. */
public record PrepFormView(
        String prepFormId,
        String orgId,
        String clientId,
        String sessionId,
        PrepFormStatus status,
        Answers answers,
        Instant dueBy,
        Instant submittedAt,
        boolean late) {

    PrepFormView withDueBy(Instant newDueBy) {
        return new PrepFormView(prepFormId, orgId, clientId, sessionId, status, answers, newDueBy, submittedAt, late);
    }

    PrepFormView withAnswers(Answers newAnswers) {
        PrepFormStatus newStatus = status == PrepFormStatus.REQUESTED ? PrepFormStatus.DRAFT : status;
        return new PrepFormView(
                prepFormId, orgId, clientId, sessionId, newStatus, newAnswers, dueBy, submittedAt, late);
    }

    PrepFormView missed() {
        return new PrepFormView(
                prepFormId, orgId, clientId, sessionId, PrepFormStatus.MISSED, answers, dueBy, submittedAt, late);
    }

    PrepFormView submitted(Answers submittedAnswers, Instant at, boolean wasLate) {
        return new PrepFormView(
                prepFormId, orgId, clientId, sessionId, PrepFormStatus.SUBMITTED, submittedAnswers, dueBy, at, wasLate);
    }
}
