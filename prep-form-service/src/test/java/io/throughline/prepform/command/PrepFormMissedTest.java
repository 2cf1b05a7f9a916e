package io.throughline.prepform.command;

import static io.throughline.platform.testing.RuleViolations.violates;
import static io.throughline.prepform.PrepFormMother.*;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrepFormMissedTest {

    private FixtureConfiguration<PrepForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PrepForm.class);
    }

    @Test
    void missesARequestedFormNobodyFilledIn() {
        fixture.given(requested()).when(markMissed()).expectEvents(missed());
    }

    @Test
    void missesADraftNotSubmitted() {
        fixture.given(requested(), answersUpdated(answers(), DRAFTED_AT))
                .when(markMissed())
                .expectEvents(missed());
    }

    @Test
    void missesTheClientsOwnDraftThoughItWasNeverRequested() {
        fixture.given(drafted(answers(), DRAFTED_AT)).when(markMissed()).expectEvents(missed());
    }

    @Test
    void keepsTheStartTimeWhenTheStartArrivesAfterLaterAnswers() {
        // The client answered at 10:20; the session's start at 10:00 reached us afterwards.
        fixture.given(requested(), answersUpdated(answers(), AFTER_START))
                .when(markMissed())
                .expectEvents(missed());
    }

    @Test
    void leavesASubmittedFormAlone() {
        fixture.given(requested(), answersUpdated(answers(), DRAFTED_AT), submitted(false, answers(), SUBMITTED_AT))
                .when(markMissed())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresTheSameSessionStartedAgain() {
        fixture.given(requested(), missed())
                .when(markMissed())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void findsNoFormToMissWhenNoneWasRequested() {
        fixture.givenNoPriorActivity().when(markMissed()).expectException(AggregateNotFoundException.class);
    }

    @Test
    void rejectsMissingAnotherClientsForm() {
        fixture.given(new PrepFormDrafted(
                        FORM, ORG, OTHER_CLIENT, SESSION, answers().asMap(), DRAFTED_AT))
                .when(markMissed())
                .expectException(violates(PrepFormRule.SAME_CLIENT_AND_SESSION))
                .expectNoEvents();
    }
}
