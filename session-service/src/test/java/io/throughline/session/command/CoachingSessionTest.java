package io.throughline.session.command;

import static io.throughline.session.SessionMother.BOSS;
import static io.throughline.session.SessionMother.CLIENT;
import static io.throughline.session.SessionMother.COACH;
import static io.throughline.session.SessionMother.ORG;
import static io.throughline.session.SessionMother.PEER;
import static io.throughline.session.SessionMother.PLANNED_MINUTES;
import static io.throughline.session.SessionMother.SCHEDULED_AT;
import static io.throughline.session.SessionMother.SESSION;
import static io.throughline.session.SessionMother.SHIFT_TO_BOSS;
import static io.throughline.session.SessionMother.SHIFT_TO_PEER;
import static io.throughline.session.SessionMother.TEAM;
import static io.throughline.session.SessionMother.agree;
import static io.throughline.session.SessionMother.articleCommands;
import static io.throughline.session.SessionMother.articleEvents;
import static io.throughline.session.SessionMother.at;
import static io.throughline.session.SessionMother.cancel;
import static io.throughline.session.SessionMother.cancelled;
import static io.throughline.session.SessionMother.checkIn;
import static io.throughline.session.SessionMother.checkedIn;
import static io.throughline.session.SessionMother.completePiece;
import static io.throughline.session.SessionMother.contracted;
import static io.throughline.session.SessionMother.end;
import static io.throughline.session.SessionMother.ended;
import static io.throughline.session.SessionMother.pieceCompleted;
import static io.throughline.session.SessionMother.reContract;
import static io.throughline.session.SessionMother.reContracted;
import static io.throughline.session.SessionMother.schedule;
import static io.throughline.session.SessionMother.scheduled;
import static io.throughline.session.SessionMother.shift;
import static io.throughline.session.SessionMother.shifted;
import static io.throughline.session.SessionMother.start;
import static io.throughline.session.SessionMother.started;
import static io.throughline.session.command.ReContractOutcome.ADOPT_NEW_TOPIC;
import static io.throughline.session.command.ReContractOutcome.CONNECTED_TO_AGREED;
import static io.throughline.session.command.ReContractOutcome.RETURN_TO_AGREED;
import static io.throughline.session.command.SessionRule.CANCEL_ONLY_BEFORE_END;
import static io.throughline.session.command.SessionRule.NOTHING_AFTER_END_OR_CANCEL;
import static io.throughline.session.command.SessionRule.NOT_BEFORE_PREVIOUS_EVENT;
import static io.throughline.session.command.SessionRule.ONE_AGREEMENT_PER_SESSION;
import static io.throughline.session.command.SessionRule.ONLY_WHILE_IN_PROGRESS;
import static io.throughline.session.command.SessionRule.RE_CONTRACT_NEEDS_OPEN_SHIFT;
import static io.throughline.session.command.SessionRule.SESSION_ID_UNIQUE_IN_ORGANISATION;
import static io.throughline.session.command.SessionRule.SHIFT_ID_UNIQUE_IN_SESSION;
import static io.throughline.session.command.SessionRule.SHIFT_NEEDS_AGREEMENT;
import static io.throughline.session.command.SessionRule.START_ONCE_FROM_SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.throughline.events.SessionEvent;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CoachingSessionTest {

    private FixtureConfiguration<CoachingSession> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CoachingSession.class);
    }

    @Test
    void playsTheArticleSessionEndToEnd() {
        List<SessionCommand> commands = articleCommands();
        List<SessionEvent> events = articleEvents();
        assertThat(events).hasSize(10);

        fixture.givenNoPriorActivity().when(commands.getFirst()).expectEvents(events.getFirst());
        for (int step = 1; step < commands.size(); step++) {
            fixture.given(events.subList(0, step).toArray()).when(commands.get(step))
                    .expectSuccessfulHandlerExecution().expectEvents(events.get(step));
        }
    }

    @Test
    void schedulesSession() {
        fixture.givenNoPriorActivity().when(schedule()).expectEvents(scheduled())
                .expectResultMessagePayload(ScheduleOutcome.SCHEDULED);
    }

    @Test
    void schedulingTheSameSessionAgainChangesNothing() {
        fixture.given(scheduled()).when(schedule()).expectNoEvents()
                .expectResultMessagePayload(ScheduleOutcome.ALREADY_SCHEDULED);
    }

    @Test
    void schedulingTheSameSessionAgainLaterStillChangesNothing() {
        fixture.given(scheduled(), started("10:00"), cancelled("10:05"))
                .when(new ScheduleSession(SESSION, ORG, CLIENT, COACH, at("10:00"), PLANNED_MINUTES, at("12:00")))
                .expectNoEvents().expectResultMessagePayload(ScheduleOutcome.ALREADY_SCHEDULED);
    }

    @ParameterizedTest
    @MethodSource("otherSessionsUnderTheSameId")
    void rejectsSchedulingAnotherSessionUnderATakenId(ScheduleSession command) {
        fixture.given(scheduled()).when(command).expectNoEvents()
                .expectException(violates(SESSION_ID_UNIQUE_IN_ORGANISATION));
    }

    @Test
    void startsScheduledSession() {
        fixture.given(scheduled()).when(start("10:00")).expectEvents(started("10:00"));
    }

    @Test
    void startsEarlierThanScheduled() {
        fixture.given(scheduled()).when(start("09:55")).expectEvents(started("09:55"));
    }

    @Test
    void rejectsSecondStart() {
        inProgress().when(start("10:05")).expectNoEvents().expectException(violates(START_ONCE_FROM_SCHEDULED));
    }

    @Test
    void checksIn() {
        inProgress().when(checkIn("10:01")).expectEvents(checkedIn("10:01"));
    }

    @Test
    void contractsSession() {
        inProgress().when(agree("10:03")).expectEvents(contracted("10:03"));
    }

    @Test
    void rejectsSecondAgreement() {
        contractedSession().when(agree("10:10")).expectNoEvents()
                .expectException(violates(ONE_AGREEMENT_PER_SESSION));
    }

    @Test
    void rejectsSecondAgreementAfterAdoptingNewTopic() {
        contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"),
                reContracted(SHIFT_TO_BOSS, "ADOPT_NEW_TOPIC", BOSS, "10:45"))
                .when(agree("10:50")).expectNoEvents().expectException(violates(ONE_AGREEMENT_PER_SESSION));
    }

    @Test
    void shiftsTopicAwayFromAgreedTopic() {
        contractedSession().when(shift(SHIFT_TO_BOSS, BOSS, NoticedBy.CLIENT, "10:40"))
                .expectEvents(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40"));
    }

    @Test
    void rejectsShiftBeforeAgreement() {
        inProgress().when(shift(SHIFT_TO_BOSS, BOSS, NoticedBy.COACH, "10:40")).expectNoEvents()
                .expectException(violates(SHIFT_NEEDS_AGREEMENT));
    }

    @Test
    void rejectsShiftWithAnOpenShiftsId() {
        contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"))
                .when(shift(SHIFT_TO_BOSS, PEER, NoticedBy.COACH, "10:52")).expectNoEvents()
                .expectException(violates(SHIFT_ID_UNIQUE_IN_SESSION));
    }

    @Test
    void rejectsShiftWithAReContractedShiftsId() {
        contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"),
                reContracted(SHIFT_TO_BOSS, "RETURN_TO_AGREED", TEAM, "10:45"))
                .when(shift(SHIFT_TO_BOSS, PEER, NoticedBy.COACH, "10:52")).expectNoEvents()
                .expectException(violates(SHIFT_ID_UNIQUE_IN_SESSION));
    }

    @Test
    void newShiftLeavesTheEarlierOneOpen() {
        contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"),
                shifted(SHIFT_TO_PEER, TEAM, PEER, "CLIENT", "10:42"))
                .when(reContract(SHIFT_TO_BOSS, RETURN_TO_AGREED, "10:45"))
                .expectEvents(reContracted(SHIFT_TO_BOSS, "RETURN_TO_AGREED", TEAM, "10:45"));
    }

    @Test
    void returningToAgreedTopicKeepsIt() {
        contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"))
                .when(reContract(SHIFT_TO_BOSS, RETURN_TO_AGREED, "10:45"))
                .expectEvents(reContracted(SHIFT_TO_BOSS, "RETURN_TO_AGREED", TEAM, "10:45"));
    }

    @Test
    void connectedContextKeepsAgreedTopic() {
        contractedSession(shifted(SHIFT_TO_PEER, TEAM, PEER, "COACH", "10:52"))
                .when(reContract(SHIFT_TO_PEER, CONNECTED_TO_AGREED, "10:55"))
                .expectEvents(reContracted(SHIFT_TO_PEER, "CONNECTED_TO_AGREED", TEAM, "10:55"));
    }

    @Test
    void adoptingNewTopicMakesShiftTopicTheAgreedTopic() {
        contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40"))
                .when(reContract(SHIFT_TO_BOSS, ADOPT_NEW_TOPIC, "10:45"))
                .expectEvents(reContracted(SHIFT_TO_BOSS, "ADOPT_NEW_TOPIC", BOSS, "10:45"));
    }

    @Test
    void shiftAfterAdoptingStartsFromTheAdoptedTopic() {
        contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40"),
                reContracted(SHIFT_TO_BOSS, "ADOPT_NEW_TOPIC", BOSS, "10:45"))
                .when(shift(SHIFT_TO_PEER, PEER, NoticedBy.COACH, "10:52"))
                .expectEvents(shifted(SHIFT_TO_PEER, BOSS, PEER, "COACH", "10:52"));
    }

    @Test
    void returningAfterAnEarlierAdoptionKeepsTheAdoptedTopic() {
        contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "CLIENT", "10:40"),
                shifted(SHIFT_TO_PEER, TEAM, PEER, "COACH", "10:42"),
                reContracted(SHIFT_TO_BOSS, "ADOPT_NEW_TOPIC", BOSS, "10:45"))
                .when(reContract(SHIFT_TO_PEER, RETURN_TO_AGREED, "10:50"))
                .expectEvents(reContracted(SHIFT_TO_PEER, "RETURN_TO_AGREED", BOSS, "10:50"));
    }

    @Test
    void rejectsReContractOfUnknownShift() {
        contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"))
                .when(reContract("no-such-shift", RETURN_TO_AGREED, "10:45")).expectNoEvents()
                .expectException(allOf(violates(RE_CONTRACT_NEEDS_OPEN_SHIFT), withMessage("no shift")));
    }

    @Test
    void rejectsSecondReContractOfTheSameShift() {
        contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"),
                reContracted(SHIFT_TO_BOSS, "RETURN_TO_AGREED", TEAM, "10:45"))
                .when(reContract(SHIFT_TO_BOSS, ADOPT_NEW_TOPIC, "10:46")).expectNoEvents()
                .expectException(allOf(violates(RE_CONTRACT_NEEDS_OPEN_SHIFT), withMessage("already re-contracted")));
    }

    @Test
    void completesPiece() {
        contractedSession().when(completePiece("10:33")).expectEvents(pieceCompleted("10:33"));
    }

    @Test
    void completesPieceWithoutAgreement() {
        inProgress().when(completePiece("10:33")).expectEvents(pieceCompleted("10:33"));
    }

    @Test
    void endsSessionWithProgressCheck() {
        contractedSession().when(end(Progress.PARTLY, "11:00")).expectEvents(ended("PARTLY", "11:00"));
    }

    @Test
    void endsSessionWithShiftStillOpen() {
        contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"))
                .when(end(Progress.NOT_ACHIEVED, "11:00")).expectEvents(ended("NOT_ACHIEVED", "11:00"));
    }

    @Test
    void cancelsScheduledSession() {
        fixture.given(scheduled()).when(cancel("09:30")).expectEvents(cancelled("09:30"));
    }

    @Test
    void cancelsSessionInProgress() {
        contractedSession().when(cancel("10:10")).expectEvents(cancelled("10:10"));
    }

    @Test
    void rejectsCancelAfterEnd() {
        endedSession().when(cancel("11:05")).expectNoEvents().expectException(violates(CANCEL_ONLY_BEFORE_END));
    }

    @ParameterizedTest
    @MethodSource("commandsNeedingASessionInProgress")
    void rejectsCommandBeforeStart(SessionCommand command) {
        fixture.given(scheduled()).when(command).expectNoEvents().expectException(violates(ONLY_WHILE_IN_PROGRESS));
    }

    @Test
    void rejectsReContractBeforeStart() {
        fixture.given(scheduled()).when(reContract(SHIFT_TO_BOSS, RETURN_TO_AGREED, "10:45")).expectNoEvents()
                .expectException(violates(RE_CONTRACT_NEEDS_OPEN_SHIFT));
    }

    @ParameterizedTest
    @MethodSource("everyCommandButCancel")
    void rejectsAnythingAfterEnd(SessionCommand command) {
        endedSession().when(command).expectNoEvents().expectException(violates(NOTHING_AFTER_END_OR_CANCEL));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void rejectsAnythingAfterCancel(SessionCommand command) {
        fixture.given(scheduled(), cancelled("09:30")).when(command).expectNoEvents()
                .expectException(violates(NOTHING_AFTER_END_OR_CANCEL));
    }

    @ParameterizedTest
    @MethodSource("everyCommandAt1039")
    void rejectsCommandDatedBeforeThePreviousEvent(SessionCommand command) {
        contractedSession(shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40")).when(command).expectNoEvents()
                .expectException(violates(NOT_BEFORE_PREVIOUS_EVENT));
    }

    @Test
    void rejectsStartDatedBeforeTheSchedulingWasLogged() {
        fixture.given(scheduled()).when(new StartSession(SESSION, ORG, SCHEDULED_AT.minusSeconds(60))).expectNoEvents()
                .expectException(violates(NOT_BEFORE_PREVIOUS_EVENT));
    }

    @Test
    void acceptsCommandAtTheSameInstantAsThePreviousEvent() {
        contractedSession().when(completePiece("10:03")).expectEvents(pieceCompleted("10:03"));
    }

    @Test
    void violationNamesTheRule() {
        inProgress().when(shift(SHIFT_TO_BOSS, BOSS, NoticedBy.COACH, "10:40")).expectNoEvents()
                .expectExceptionMessage(allOf(containsString("SHIFT_NEEDS_AGREEMENT"),
                        containsString(SHIFT_NEEDS_AGREEMENT.statement())));
    }

    private TestExecutor<CoachingSession> inProgress() {
        return fixture.given(scheduled(), started("10:00"));
    }

    private TestExecutor<CoachingSession> contractedSession(Object... later) {
        return fixture.given(scheduled(), started("10:00"), contracted("10:03")).andGiven(later);
    }

    private TestExecutor<CoachingSession> endedSession() {
        return contractedSession(ended("ACHIEVED", "11:00"));
    }

    static Stream<ScheduleSession> otherSessionsUnderTheSameId() {
        return Stream.of(
                new ScheduleSession(SESSION, ORG, "another-client", COACH, at("10:00"), PLANNED_MINUTES, SCHEDULED_AT),
                new ScheduleSession(SESSION, ORG, CLIENT, "another-coach", at("10:00"), PLANNED_MINUTES, SCHEDULED_AT),
                new ScheduleSession(SESSION, ORG, CLIENT, COACH, at("11:00"), PLANNED_MINUTES, SCHEDULED_AT),
                new ScheduleSession(SESSION, ORG, CLIENT, COACH, at("10:00"), PLANNED_MINUTES + 30, SCHEDULED_AT));
    }

    static Stream<SessionCommand> commandsNeedingASessionInProgress() {
        return Stream.of(checkIn("10:01"), agree("10:03"), shift(SHIFT_TO_BOSS, BOSS, NoticedBy.COACH, "10:40"),
                completePiece("10:33"), end(Progress.ACHIEVED, "11:00"));
    }

    static Stream<SessionCommand> everyCommandButCancel() {
        return commandsAt("11:05").filter(command -> !(command instanceof CancelSession));
    }

    static Stream<SessionCommand> everyCommand() {
        return commandsAt("11:05");
    }

    static Stream<SessionCommand> everyCommandAt1039() {
        return commandsAt("10:39");
    }

    /** Every command on an existing session, each valid but for when it comes. */
    private static Stream<SessionCommand> commandsAt(String time) {
        return Stream.of(start(time), checkIn(time), agree(time), shift(SHIFT_TO_PEER, PEER, NoticedBy.COACH, time),
                reContract(SHIFT_TO_BOSS, RETURN_TO_AGREED, time), completePiece(time), end(Progress.ACHIEVED, time),
                cancel(time));
    }

    private static Matcher<Object> violates(SessionRule rule) {
        return new FeatureMatcher<>(equalTo(rule), "a violation of " + rule, "rule") {
            @Override
            protected SessionRule featureValueOf(Object actual) {
                return actual instanceof SessionRuleViolation violation ? violation.rule() : null;
            }
        };
    }

    private static Matcher<Object> withMessage(String part) {
        return new FeatureMatcher<>(containsString(part), "a message with " + part, "message") {
            @Override
            protected String featureValueOf(Object actual) {
                return ((Throwable) actual).getMessage();
            }
        };
    }
}
