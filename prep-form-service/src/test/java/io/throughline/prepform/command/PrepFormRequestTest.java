package io.throughline.prepform.command;

import static io.throughline.platform.testing.RuleViolations.violates;
import static io.throughline.prepform.PrepFormMother.*;

import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrepFormRequestTest {

    private FixtureConfiguration<PrepForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PrepForm.class);
    }

    @Test
    void requestsAFormForAScheduledSession() {
        fixture.givenNoPriorActivity().when(requestForm()).expectEvents(requested());
    }

    @Test
    void keepsTheSessionsCoachInTheRequestedEventsMetaData() {
        fixture.givenNoPriorActivity()
                .when(requestForm())
                .expectEvents(GenericEventMessage.asEventMessage(requested())
                        .withMetaData(Map.of(EventMetaData.COACH_ID, COACH)));
    }

    @Test
    void attachesTheRequestToTheDraftTheClientCreatedFirst() {
        // The draft is later than the schedule in business time; the request keeps the schedule's time.
        fixture.given(drafted(answers(), DRAFTED_AT)).when(requestForm()).expectEvents(requested());
    }

    @Test
    void attachesTheRequestToAFormAlreadySubmitted() {
        fixture.given(drafted(answers(), DRAFTED_AT), submitted(false, answers(), SUBMITTED_AT))
                .when(requestForm())
                .expectEvents(requested());
    }

    @Test
    void ignoresTheSameSessionScheduledAgain() {
        fixture.given(requested())
                .when(requestForm())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsARequestUnderAnIdNotDerivedFromTheSession() {
        fixture.givenNoPriorActivity()
                .when(new RequestPrepForm("prep-1", ORG, CLIENT, SESSION, COACH, SESSION_START, SCHEDULED_AT))
                .expectException(violates(PrepFormRule.ONE_FORM_PER_SESSION))
                .expectNoEvents();
    }

    @Test
    void rejectsARequestForAnotherClientsForm() {
        fixture.given(new PrepFormDrafted(
                        FORM, ORG, OTHER_CLIENT, SESSION, answers().asMap(), DRAFTED_AT))
                .when(requestForm())
                .expectException(violates(PrepFormRule.SAME_CLIENT_AND_SESSION))
                .expectNoEvents();
    }
}
