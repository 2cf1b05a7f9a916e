package io.throughline.prepform.command;

import static io.throughline.platform.testing.RuleViolations.violates;
import static io.throughline.prepform.PrepFormMother.*;

import io.throughline.platform.time.BusinessTimeRule;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrepFormAnswersTest {

    private FixtureConfiguration<PrepForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PrepForm.class);
    }

    @Test
    void turnsARequestedFormIntoADraft() {
        fixture.given(requested())
                .when(updateAnswers(answers(), DRAFTED_AT))
                .expectEvents(answersUpdated(answers(), DRAFTED_AT));
    }

    @Test
    void replacesADraftsAnswers() {
        fixture.given(requested(), answersUpdated(answers(), DRAFTED_AT))
                .when(updateAnswers(revisedAnswers(), UPDATED_AT))
                .expectEvents(answersUpdated(revisedAnswers(), UPDATED_AT));
    }

    @Test
    void ignoresUnchangedAnswers() {
        fixture.given(requested(), answersUpdated(answers(), DRAFTED_AT))
                .when(updateAnswers(answers(), UPDATED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void acceptsAnswersForAMissedForm() {
        fixture.given(requested(), missed())
                .when(updateAnswers(answers(), AFTER_START))
                .expectEvents(answersUpdated(answers(), AFTER_START));
    }

    @Test
    void acceptsAnswersAtTheInstantOfThePreviousEvent() {
        fixture.given(requested(), answersUpdated(answers(), DRAFTED_AT))
                .when(updateAnswers(revisedAnswers(), DRAFTED_AT))
                .expectEvents(answersUpdated(revisedAnswers(), DRAFTED_AT));
    }

    @Test
    void rejectsAnswersOnceSubmitted() {
        fixture.given(requested(), answersUpdated(answers(), DRAFTED_AT), submitted(false, answers(), SUBMITTED_AT))
                .when(updateAnswers(revisedAnswers(), AFTER_START))
                .expectException(violates(PrepFormRule.SUBMITTED_FORM_IS_FINAL))
                .expectNoEvents();
    }

    @Test
    void rejectsAnswersDatedBeforeThePreviousEvent() {
        fixture.given(requested(), answersUpdated(answers(), UPDATED_AT))
                .when(updateAnswers(revisedAnswers(), DRAFTED_AT))
                .expectException(violates(BusinessTimeRule.NOT_BEFORE_PREVIOUS_EVENT))
                .expectNoEvents();
    }

    @Test
    void boundsAnswersByTheLatestEventEvenWhenARequestCameLaterWithAnEarlierTime() {
        // The request was stored after the draft but carries the older schedule time.
        fixture.given(drafted(answers(), UPDATED_AT), requested())
                .when(updateAnswers(revisedAnswers(), DRAFTED_AT))
                .expectException(violates(BusinessTimeRule.NOT_BEFORE_PREVIOUS_EVENT))
                .expectNoEvents();
    }

    @Test
    void rejectsAnswersForAFormThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(updateAnswers(answers(), DRAFTED_AT))
                .expectException(AggregateNotFoundException.class);
    }
}
