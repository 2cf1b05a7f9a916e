package io.throughline.prepform.command;

import static io.throughline.platform.testing.RuleViolations.violates;
import static io.throughline.prepform.PrepFormMother.*;

import io.throughline.events.PrepFormSubmitted;
import io.throughline.platform.time.BusinessTimeRule;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrepFormSubmissionTest {

    private FixtureConfiguration<PrepForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PrepForm.class);
    }

    @Test
    void submitsOnTimeBeforeTheSessionStarted() {
        fixture.given(requested(), answersUpdated(answers(), DRAFTED_AT))
                .when(submit(SUBMITTED_AT))
                .expectEvents(submitted(false, answers(), SUBMITTED_AT));
    }

    @Test
    void submitsTheClientsDraftForASessionNotYetScheduledHere() {
        fixture.given(drafted(answers(), DRAFTED_AT))
                .when(submit(SUBMITTED_AT))
                .expectEvents(submitted(false, answers(), SUBMITTED_AT));
    }

    @Test
    void submitsAFormWithoutASession() {
        fixture.given(ownFormDrafted(answers(), DRAFTED_AT))
                .when(new SubmitPrepForm(OWN_FORM, ORG, SUBMITTED_AT))
                .expectEvents(new PrepFormSubmitted(
                        OWN_FORM, ORG, CLIENT, null, false, answers().asMap(), SUBMITTED_AT));
    }

    @Test
    void submitsAMissedFormLate() {
        fixture.given(requested(), answersUpdated(answers(), DRAFTED_AT), missed())
                .when(submit(AFTER_START))
                .expectEvents(submitted(true, answers(), AFTER_START));
    }

    @Test
    void submitsOnlyTheAnswersGiven() {
        Answers intentOnly = new Answers(null, null, null, null, "Sort out the team dynamics");
        fixture.given(requested(), answersUpdated(intentOnly, DRAFTED_AT))
                .when(submit(SUBMITTED_AT))
                .expectEvents(submitted(false, intentOnly, SUBMITTED_AT));
    }

    @Test
    void rejectsSubmittingWithoutSessionIntent() {
        fixture.given(requested(), answersUpdated(answersWithoutIntent(), DRAFTED_AT))
                .when(submit(SUBMITTED_AT))
                .expectException(PrepFormIncomplete.class)
                .expectExceptionMessage("answers.sessionIntent: must not be empty to submit the form")
                .expectNoEvents();
    }

    @Test
    void rejectsSubmittingABlankSessionIntent() {
        Answers blankIntent = new Answers("Shipped the release", null, null, null, "  ");
        fixture.given(requested(), answersUpdated(blankIntent, DRAFTED_AT))
                .when(submit(SUBMITTED_AT))
                .expectException(PrepFormIncomplete.class)
                .expectNoEvents();
    }

    @Test
    void rejectsSubmittingARequestedFormNobodyFilledIn() {
        fixture.given(requested())
                .when(submit(SUBMITTED_AT))
                .expectException(PrepFormIncomplete.class)
                .expectNoEvents();
    }

    @Test
    void rejectsSubmittingTwice() {
        fixture.given(requested(), answersUpdated(answers(), DRAFTED_AT), submitted(false, answers(), SUBMITTED_AT))
                .when(submit(AFTER_START))
                .expectException(violates(PrepFormRule.SUBMITTED_FORM_IS_FINAL))
                .expectNoEvents();
    }

    @Test
    void rejectsASubmissionDatedBeforeThePreviousEvent() {
        fixture.given(requested(), answersUpdated(answers(), UPDATED_AT))
                .when(submit(DRAFTED_AT))
                .expectException(violates(BusinessTimeRule.NOT_BEFORE_PREVIOUS_EVENT))
                .expectNoEvents();
    }

    @Test
    void rejectsALateSubmissionDatedBeforeTheSessionStarted() {
        fixture.given(requested(), answersUpdated(answers(), DRAFTED_AT), missed())
                .when(submit(SUBMITTED_AT))
                .expectException(violates(BusinessTimeRule.NOT_BEFORE_PREVIOUS_EVENT))
                .expectNoEvents();
    }
}
