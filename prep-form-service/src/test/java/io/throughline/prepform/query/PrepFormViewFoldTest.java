package io.throughline.prepform.query;

import static io.throughline.prepform.PrepFormMother.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.throughline.prepform.command.Answers;
import io.throughline.prepform.command.PrepFormStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrepFormViewFoldTest {

    @Test
    void showsARequestedFormDueAtTheScheduledStart() {
        assertThat(PrepFormViewFold.fold(List.of(requested())))
                .contains(new PrepFormView(
                        FORM,
                        ORG,
                        CLIENT,
                        SESSION,
                        PrepFormStatus.REQUESTED,
                        Answers.none(),
                        SESSION_START,
                        null,
                        false));
    }

    @Test
    void showsTheClientsDraftWithItsAnswersAndNoDueTimeYet() {
        assertThat(PrepFormViewFold.fold(List.of(drafted(answers(), DRAFTED_AT))))
                .contains(new PrepFormView(
                        FORM, ORG, CLIENT, SESSION, PrepFormStatus.DRAFT, answers(), null, null, false));
    }

    @Test
    void showsARequestedFormWithAnswersAsADraft() {
        assertThat(PrepFormViewFold.fold(List.of(requested(), answersUpdated(answers(), DRAFTED_AT))))
                .get()
                .extracting(PrepFormView::status, PrepFormView::answers)
                .containsExactly(PrepFormStatus.DRAFT, answers());
    }

    @Test
    void givesTheClientsDraftItsDueTimeOnceRequested() {
        assertThat(PrepFormViewFold.fold(List.of(drafted(answers(), DRAFTED_AT), requested())))
                .get()
                .extracting(PrepFormView::status, PrepFormView::dueBy)
                .containsExactly(PrepFormStatus.DRAFT, SESSION_START);
    }

    @Test
    void showsTheSubmittedAnswersAndWhenOnTime() {
        assertThat(PrepFormViewFold.fold(List.of(
                        requested(), answersUpdated(answers(), DRAFTED_AT), submitted(false, answers(), SUBMITTED_AT))))
                .contains(new PrepFormView(
                        FORM,
                        ORG,
                        CLIENT,
                        SESSION,
                        PrepFormStatus.SUBMITTED,
                        answers(),
                        SESSION_START,
                        SUBMITTED_AT,
                        false));
    }

    @Test
    void showsAMissedFormAsMissedAndNotLate() {
        assertThat(PrepFormViewFold.fold(List.of(requested(), answersUpdated(answers(), DRAFTED_AT), missed())))
                .get()
                .extracting(PrepFormView::status, PrepFormView::late, PrepFormView::answers)
                .containsExactly(PrepFormStatus.MISSED, false, answers());
    }

    @Test
    void keepsAMissedFormMissedWhileItsAnswersChange() {
        assertThat(PrepFormViewFold.fold(List.of(requested(), missed(), answersUpdated(answers(), AFTER_START))))
                .get()
                .extracting(PrepFormView::status)
                .isEqualTo(PrepFormStatus.MISSED);
    }

    @Test
    void showsALateSubmissionAsSubmittedAndLate() {
        assertThat(PrepFormViewFold.fold(List.of(
                        requested(),
                        missed(),
                        answersUpdated(answers(), AFTER_START),
                        submitted(true, answers(), AFTER_START))))
                .get()
                .extracting(PrepFormView::status, PrepFormView::submittedAt, PrepFormView::late)
                .containsExactly(PrepFormStatus.SUBMITTED, AFTER_START, true);
    }

    @Test
    void keepsASubmittedFormSubmittedWhenTheRequestArrivesAfterwards() {
        assertThat(PrepFormViewFold.fold(List.of(
                        drafted(answers(), DRAFTED_AT), submitted(false, answers(), SUBMITTED_AT), requested())))
                .get()
                .extracting(PrepFormView::status, PrepFormView::dueBy)
                .containsExactly(PrepFormStatus.SUBMITTED, SESSION_START);
    }

    @Test
    void hasNoViewBeforeTheFirstEvent() {
        assertThat(PrepFormViewFold.fold(List.of())).isEmpty();
    }

    @Test
    void leavesTheViewAsItIsForEventsItDoesNotKnow() {
        PrepFormView view = PrepFormViewFold.next(null, requested());
        assertThat(PrepFormViewFold.next(view, started())).isEqualTo(view);
    }

    @Test
    void refusesAChangeToAFormThatWasNeverCreated() {
        assertThatIllegalArgumentException().isThrownBy(() -> PrepFormViewFold.next(null, missed()));
    }
}
