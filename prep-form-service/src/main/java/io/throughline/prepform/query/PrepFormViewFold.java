package io.throughline.prepform.query;

import io.throughline.events.PrepFormMissed;
import io.throughline.events.PrepFormRequested;
import io.throughline.events.PrepFormSubmitted;
import io.throughline.prepform.command.Answers;
import io.throughline.prepform.command.AnswersUpdated;
import io.throughline.prepform.command.PrepFormDrafted;
import io.throughline.prepform.command.PrepFormStatus;
import java.util.Optional;

/**
 * The view as a fold over the form's events in stream order: whole, to rebuild it, or one event at
 * a time, to keep a stored view current. Events of other types leave it as it is.
 */
public final class PrepFormViewFold {

    private PrepFormViewFold() {}

    public static Optional<PrepFormView> fold(Iterable<?> events) {
        PrepFormView view = null;
        for (Object event : events) {
            view = next(view, event);
        }
        return Optional.ofNullable(view);
    }

    /** {@code view} is null before the form's first event. */
    public static PrepFormView next(PrepFormView view, Object event) {
        return switch (event) {
            case PrepFormRequested requested
            when view == null ->
                new PrepFormView(
                        requested.prepFormId(),
                        requested.orgId(),
                        requested.clientId(),
                        requested.sessionId(),
                        PrepFormStatus.REQUESTED,
                        Answers.none(),
                        requested.dueBy(),
                        null,
                        false);
            case PrepFormRequested requested -> view.withDueBy(requested.dueBy());
            case PrepFormDrafted drafted ->
                new PrepFormView(
                        drafted.prepFormId(),
                        drafted.orgId(),
                        drafted.clientId(),
                        drafted.sessionId(),
                        PrepFormStatus.DRAFT,
                        Answers.of(drafted.answers()),
                        null,
                        null,
                        false);
            case AnswersUpdated updated -> existing(view, event).withAnswers(Answers.of(updated.answers()));
            case PrepFormSubmitted submitted ->
                existing(view, event)
                        .submitted(Answers.of(submitted.answers()), submitted.occurredAt(), submitted.late());
            case PrepFormMissed missed -> existing(view, event).missed();
            default -> view;
        };
    }

    private static PrepFormView existing(PrepFormView view, Object event) {
        if (view == null) {
            throw new IllegalArgumentException("a form's first event is requested or drafted, not " + event);
        }
        return view;
    }
}
