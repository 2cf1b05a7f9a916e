package io.throughline.prepform.command;

import static io.throughline.platform.testing.RuleViolations.violates;
import static io.throughline.prepform.PrepFormMother.*;

import io.throughline.platform.time.BusinessTimeRule;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrepFormDraftTest {

    private FixtureConfiguration<PrepForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PrepForm.class);
    }

    @Test
    void draftsTheFormOfASessionNotYetScheduledHere() {
        fixture.givenNoPriorActivity()
                .when(draftForm(answers(), DRAFTED_AT))
                .expectEvents(drafted(answers(), DRAFTED_AT))
                .expectResultMessagePayload(DraftOutcome.CREATED);
    }

    @Test
    void draftsAFormWithoutASession() {
        fixture.givenNoPriorActivity()
                .when(draftOwnForm(answers(), DRAFTED_AT))
                .expectEvents(ownFormDrafted(answers(), DRAFTED_AT));
    }

    @Test
    void fillsInTheRequestedFormRatherThanMakingASecond() {
        fixture.given(requested())
                .when(draftForm(answers(), DRAFTED_AT))
                .expectEvents(answersUpdated(answers(), DRAFTED_AT))
                .expectResultMessagePayload(DraftOutcome.FILLED_IN);
    }

    @Test
    void fillsInTheRequestedFormEvenWithNoAnswersYet() {
        fixture.given(requested())
                .when(draftForm(Answers.none(), DRAFTED_AT))
                .expectEvents(answersUpdated(Answers.none(), DRAFTED_AT));
    }

    @Test
    void fillsInTheClientsOwnDraftWhenCreatedAgain() {
        fixture.given(drafted(answers(), DRAFTED_AT))
                .when(draftForm(revisedAnswers(), UPDATED_AT))
                .expectEvents(answersUpdated(revisedAnswers(), UPDATED_AT));
    }

    @Test
    void ignoresTheSameDraftCreatedAgain() {
        fixture.given(drafted(answers(), DRAFTED_AT))
                .when(draftForm(answers(), UPDATED_AT))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(DraftOutcome.FILLED_IN)
                .expectNoEvents();
    }

    @Test
    void rejectsAFormForASessionUnderAnIdOfTheClientsChoice() {
        fixture.givenNoPriorActivity()
                .when(new DraftPrepForm(OWN_FORM, ORG, CLIENT, SESSION, answers(), DRAFTED_AT))
                .expectException(violates(PrepFormRule.ONE_FORM_PER_SESSION))
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingAnotherClientsForm() {
        fixture.given(requested())
                .when(new DraftPrepForm(FORM, ORG, OTHER_CLIENT, SESSION, answers(), DRAFTED_AT))
                .expectException(violates(PrepFormRule.SAME_CLIENT_AND_SESSION))
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingAFormWithoutSessionUnderTheIdOfASessionsForm() {
        fixture.given(requested())
                .when(new DraftPrepForm(FORM, ORG, CLIENT, null, answers(), DRAFTED_AT))
                .expectException(violates(PrepFormRule.SAME_CLIENT_AND_SESSION))
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingASubmittedFormAgain() {
        fixture.given(drafted(answers(), DRAFTED_AT), submitted(false, answers(), SUBMITTED_AT))
                .when(draftForm(revisedAnswers(), AFTER_START))
                .expectException(violates(PrepFormRule.SUBMITTED_FORM_IS_FINAL))
                .expectNoEvents();
    }

    @Test
    void rejectsFillingInTheRequestedFormBeforeItWasRequested() {
        fixture.given(requested())
                .when(draftForm(answers(), SCHEDULED_AT.minusSeconds(60)))
                .expectException(violates(BusinessTimeRule.NOT_BEFORE_PREVIOUS_EVENT))
                .expectNoEvents();
    }
}
