package io.throughline.analytics.session.fold;

import static io.throughline.analytics.AnalyticsMother.CLIENT;
import static io.throughline.analytics.AnalyticsMother.COACH;
import static io.throughline.analytics.AnalyticsMother.ORG;
import static io.throughline.analytics.AnalyticsMother.TEAM;
import static io.throughline.analytics.AnalyticsMother.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.AnalyticsMother.SessionScript;
import io.throughline.events.EventEnvelope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionFoldTest {

    @Test
    void foldsTheArticlesSessionAsTheWorkedExampleSays() {
        SessionFigures figures = fold(AnalyticsMother.articleSession().events());

        assertThat(figures.status()).isEqualTo(SessionStatus.ENDED);
        assertThat(figures.minutesToAgreement()).isEqualTo(3.0);
        assertThat(figures.millisIn(SegmentKind.OFF_TOPIC)).isEqualTo(minutes(5));
        assertThat(figures.millisIn(SegmentKind.ON_AGREED_TOPIC) + figures.millisIn(SegmentKind.CONNECTED_CONTEXT))
                .isEqualTo(minutes(52));
        assertThat(figures.onAgreedTopicShare())
                .isCloseTo(52.0 / 57, within(1e-9))
                .isCloseTo(0.912, within(0.001));
        assertThat(figures.topicShifts()).isEqualTo(2);
        assertThat(figures.unresolvedShifts()).isZero();
        assertThat(figures.shifts())
                .extracting(ShiftFigures::outcome)
                .containsExactly(ReContractOutcome.RETURN_TO_AGREED, ReContractOutcome.CONNECTED_TO_AGREED);
        assertThat(figures.shifts())
                .extracting(ShiftFigures::millisToReContract)
                .containsExactly(minutes(5), minutes(3));
        assertThat(figures.progress()).isEqualTo("ACHIEVED");
        assertThat(figures.coachId()).isEqualTo(COACH);
    }

    @Test
    void cutsTheArticlesSessionAtEveryShiftAndReContract() {
        SessionFigures figures = fold(AnalyticsMother.articleSession().events());

        assertThat(figures.segments())
                .extracting(Segment::kind, Segment::from, Segment::to, Segment::topic)
                .containsExactly(
                        tuple(SegmentKind.ON_AGREED_TOPIC, at("10:03"), at("10:40"), TEAM),
                        tuple(SegmentKind.OFF_TOPIC, at("10:40"), at("10:45"), "My boss"),
                        tuple(SegmentKind.ON_AGREED_TOPIC, at("10:45"), at("10:52"), TEAM),
                        tuple(SegmentKind.CONNECTED_CONTEXT, at("10:52"), at("10:55"), "A peer"),
                        tuple(SegmentKind.ON_AGREED_TOPIC, at("10:55"), at("11:00"), TEAM));
    }

    @Test
    void givesTheSameFiguresForEveryArrivalOrderWithDuplicates() {
        List<EventEnvelope> events = AnalyticsMother.articleSession().events();
        SessionFigures inOrder = fold(events);
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<EventEnvelope> delivered = new ArrayList<>(events);
            delivered.addAll(events.subList(0, random.nextInt(events.size())));
            Collections.shuffle(delivered, random);

            assertThat(fold(delivered)).isEqualTo(inOrder);
        }
    }

    @Test
    void returnsTheSameFactsForAnEventAlreadyApplied() {
        EventEnvelope started = AnalyticsMother.articleSession().events().get(1);
        SessionFacts once = FactsMerger.merge(SessionFacts.none(), started);

        assertThat(FactsMerger.merge(once, started)).isSameAs(once);
    }

    @Test
    void countsTimeOffTopicWhileAnyShiftThatWillNotTurnOutConnectedIsOpen() {
        SessionFigures figures = fold(contracted()
                .shift(at("10:10"), "a", "Budget", "COACH")
                .shift(at("10:15"), "b", "A peer", "CLIENT")
                .reContract(at("10:20"), "b", "CONNECTED_TO_AGREED", TEAM)
                .reContract(at("10:30"), "a", "RETURN_TO_AGREED", TEAM)
                .ended(at("11:00"), "PARTLY")
                .events());

        assertThat(figures.segments())
                .extracting(Segment::kind, Segment::from, Segment::to)
                .containsExactly(
                        tuple(SegmentKind.ON_AGREED_TOPIC, at("10:00"), at("10:10")),
                        tuple(SegmentKind.OFF_TOPIC, at("10:10"), at("10:15")),
                        tuple(SegmentKind.OFF_TOPIC, at("10:15"), at("10:20")),
                        tuple(SegmentKind.OFF_TOPIC, at("10:20"), at("10:30")),
                        tuple(SegmentKind.ON_AGREED_TOPIC, at("10:30"), at("11:00")));
        assertThat(figures.segments().get(2).shiftIds()).containsExactly("a", "b");
        assertThat(figures.onAgreedTopicShare()).isCloseTo(40.0 / 60, within(1e-9));
    }

    @Test
    void countsAConnectedShiftAsOnTopicOnlyWhileNoOtherShiftIsOpen() {
        SessionFigures figures = fold(contracted()
                .shift(at("10:10"), "a", "A peer", "CLIENT")
                .shift(at("10:15"), "b", "Budget", "COACH")
                .reContract(at("10:20"), "b", "RETURN_TO_AGREED", TEAM)
                .reContract(at("10:30"), "a", "CONNECTED_TO_AGREED", TEAM)
                .ended(at("11:00"), "PARTLY")
                .events());

        assertThat(figures.millisIn(SegmentKind.CONNECTED_CONTEXT)).isEqualTo(minutes(15));
        assertThat(figures.millisIn(SegmentKind.OFF_TOPIC)).isEqualTo(minutes(5));
        assertThat(figures.onAgreedTopicShare()).isCloseTo(55.0 / 60, within(1e-9));
    }

    @Test
    void makesTheShiftsTopicTheAgreedTopicWhenAdopted() {
        SessionFigures figures = fold(contracted()
                .shift(at("10:20"), "a", "My career", "CLIENT")
                .reContract(at("10:25"), "a", "ADOPT_NEW_TOPIC", "My career")
                .ended(at("11:00"), "ACHIEVED")
                .events());

        assertThat(figures.segments())
                .extracting(Segment::kind, Segment::topic)
                .containsExactly(
                        tuple(SegmentKind.ON_AGREED_TOPIC, TEAM),
                        tuple(SegmentKind.OFF_TOPIC, "My career"),
                        tuple(SegmentKind.ON_AGREED_TOPIC, "My career"));
        assertThat(figures.shifts().getFirst().outcome()).isEqualTo(ReContractOutcome.ADOPT_NEW_TOPIC);
        assertThat(figures.onAgreedTopicShare()).isCloseTo(55.0 / 60, within(1e-9));
    }

    @Test
    void countsAShiftNeverReContractedAsUnresolvedAndOffTopicToTheEnd() {
        SessionFigures figures = fold(contracted()
                .shift(at("10:50"), "a", "My boss", "COACH")
                .ended(at("11:00"), "NOT_ACHIEVED")
                .events());

        assertThat(figures.unresolvedShifts()).isEqualTo(1);
        assertThat(figures.shifts().getFirst().outcome()).isEqualTo(ReContractOutcome.UNRESOLVED);
        assertThat(figures.shifts().getFirst().millisToReContract()).isNull();
        assertThat(figures.millisIn(SegmentKind.OFF_TOPIC)).isEqualTo(minutes(10));
        assertThat(figures.onAgreedTopicShare()).isCloseTo(50.0 / 60, within(1e-9));
    }

    @Test
    void leavesAnOpenShiftWithoutOutcomeWhileTheSessionRuns() {
        SessionFigures figures =
                fold(contracted().shift(at("10:50"), "a", "My boss", "COACH").events());

        assertThat(figures.status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(figures.shifts().getFirst().outcome()).isNull();
        assertThat(figures.unresolvedShifts()).isZero();
        assertThat(figures.onAgreedTopicShare()).isNull();
        assertThat(figures.segments()).extracting(Segment::kind).containsExactly(SegmentKind.ON_AGREED_TOPIC);
    }

    @Test
    void hasNoShareNorMinutesToAgreementWithoutAnAgreement() {
        SessionFigures figures = fold(AnalyticsMother.session(ORG, CLIENT, COACH, "s")
                .started(at("10:00"))
                .ended(at("11:00"), "PARTLY")
                .events());

        assertThat(figures.status()).isEqualTo(SessionStatus.ENDED);
        assertThat(figures.agreement()).isNull();
        assertThat(figures.minutesToAgreement()).isNull();
        assertThat(figures.onAgreedTopicShare()).isNull();
        assertThat(figures.segments()).isEmpty();
    }

    @Test
    void hasNoMinutesToAgreementUntilTheStartIsKnown() {
        List<EventEnvelope> events = contracted().events();
        SessionFigures figures = fold(events.subList(2, events.size()));

        assertThat(figures.minutesToAgreement()).isNull();
        assertThat(figures.status()).isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void knowsNoSessionThatOnlyAPrepFormMentioned() {
        SessionFigures figures = fold(AnalyticsMother.prepForm(ORG, CLIENT, "s", "p")
                .requested(at("09:00"), at("10:00"))
                .events());

        assertThat(figures.status()).isNull();
        assertThat(figures.prepForm()).isEqualTo(PrepFormStatus.NONE);
    }

    @Test
    void marksACancelledSession() {
        SessionFigures figures = fold(AnalyticsMother.session(ORG, CLIENT, COACH, "s")
                .scheduled(at("08:00"), at("10:00"))
                .cancelled(at("09:00"))
                .events());

        assertThat(figures.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(figures.cancelledAt()).isEqualTo(at("09:00"));
        assertThat(figures.sortKey()).isEqualTo(at("10:00"));
    }

    @Test
    void judgesAPrepFormLateByBusinessTimeOnceTheStartIsKnown() {
        List<EventEnvelope> events = new ArrayList<>(contracted().events());
        events.addAll(AnalyticsMother.prepForm(ORG, CLIENT, "s", "p")
                .requested(at("08:00"), at("10:00"))
                .submitted(at("10:05"), false)
                .events());

        assertThat(fold(events).prepForm()).isEqualTo(PrepFormStatus.LATE);
    }

    @Test
    void takesPrepFormServicesLateFlagUntilTheStartIsKnown() {
        List<EventEnvelope> late = AnalyticsMother.prepForm(ORG, CLIENT, "s", "p")
                .requested(at("08:00"), at("10:00"))
                .submitted(at("10:05"), true)
                .events();
        List<EventEnvelope> onTime = AnalyticsMother.prepForm(ORG, CLIENT, "s", "p")
                .requested(at("08:00"), at("10:00"))
                .submitted(at("09:05"), false)
                .events();

        assertThat(fold(late).prepForm()).isEqualTo(PrepFormStatus.LATE);
        assertThat(fold(onTime).prepForm()).isEqualTo(PrepFormStatus.ON_TIME);
    }

    @Test
    void callsAFormMissedAndThenSubmittedLate() {
        List<EventEnvelope> events = new ArrayList<>(contracted().events());
        events.addAll(AnalyticsMother.prepForm(ORG, CLIENT, "s", "p")
                .requested(at("08:00"), at("10:00"))
                .missed(at("10:00"))
                .submitted(at("10:30"), true)
                .events());
        List<EventEnvelope> missed = new ArrayList<>(contracted().events());
        missed.addAll(AnalyticsMother.prepForm(ORG, CLIENT, "s", "p")
                .requested(at("08:00"), at("10:00"))
                .missed(at("10:00"))
                .events());

        assertThat(fold(events).prepForm()).isEqualTo(PrepFormStatus.LATE);
        assertThat(fold(missed).prepForm()).isEqualTo(PrepFormStatus.MISSED);
    }

    private static SessionScript contracted() {
        return AnalyticsMother.session(ORG, CLIENT, COACH, "s")
                .scheduled(at("08:00"), at("10:00"))
                .started(at("10:00"))
                .contracted(at("10:00"), TEAM);
    }

    static SessionFigures fold(List<EventEnvelope> events) {
        SessionFacts facts = SessionFacts.none();
        for (EventEnvelope event : events) {
            facts = FactsMerger.merge(facts, event);
        }
        return SessionFold.fold(facts);
    }

    private static long minutes(int minutes) {
        return minutes * 60_000L;
    }
}
