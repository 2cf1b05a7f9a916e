package io.throughline.analytics.projection.model;

import static io.throughline.analytics.AnalyticsMother.CLIENT;
import static io.throughline.analytics.AnalyticsMother.COACH;
import static io.throughline.analytics.AnalyticsMother.ORG;
import static io.throughline.analytics.AnalyticsMother.SECOND_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.session.fold.FactsMerger;
import io.throughline.analytics.session.fold.SessionFacts;
import io.throughline.analytics.session.fold.SessionFold;
import io.throughline.events.EventEnvelope;
import io.throughline.events.PrepFormEvent;
import io.throughline.events.SessionEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Every per-client and per-coach figure of METRICS.md, summed from the sessions' contributions. */
class RollupFiguresTest {

    private static final List<Contribution> CONTRIBUTIONS = contributions(AnalyticsMother.twoOrganisations());

    @Test
    void givesTheArticlesFiguresForAClientWithOnlyThatSession() {
        RollupFigures figures =
                figures(contributions(AnalyticsMother.articleSession().events()), c -> true);

        assertThat(figures.sessionsEnded()).isEqualTo(1);
        assertThat(figures.topicShifts()).isEqualTo(2);
        assertThat(figures.sidetrackFrequency()).isEqualTo(2.0);
        assertThat(figures.sidetracksPerHour()).isEqualTo(2.0);
        assertThat(figures.connectedShare()).isEqualTo(0.5);
        assertThat(figures.avgMinutesToAgreement()).isEqualTo(3.0);
        assertThat(figures.avgShiftToReContractMinutes()).isEqualTo(4.0);
        assertThat(figures.onAgreedTopicShare()).isCloseTo(52.0 / 57, within(1e-9));
        assertThat(figures.count(Counter.UNRESOLVED)).isZero();
    }

    @Test
    void countsAClientsEndedSessionsOnly() {
        RollupFigures figures = client(ORG, CLIENT);

        assertThat(figures.sessionsEnded()).isEqualTo(2);
        assertThat(figures.count(Counter.SESSIONS)).isEqualTo(4);
        assertThat(figures.topicShifts()).isEqualTo(5);
        assertThat(figures.sidetrackFrequency()).isEqualTo(2.5);
        assertThat(figures.sidetracksPerHour()).isEqualTo(2.5);
        assertThat(figures.reContractOutcomes())
                .containsExactly(
                        Map.entry("RETURN_TO_AGREED", 2L), Map.entry("ADOPT_NEW_TOPIC", 1L),
                        Map.entry("CONNECTED_TO_AGREED", 1L), Map.entry("UNRESOLVED", 1L));
        assertThat(figures.connectedShare()).isEqualTo(0.2);
        assertThat(figures.avgMinutesToAgreement()).isEqualTo(4.0);
        assertThat(figures.avgShiftToReContractMinutes()).isEqualTo(5.75);
        assertThat(figures.onAgreedTopicShare()).isCloseTo((52.0 / 57 + 25.0 / 55) / 2, within(1e-9));
        assertThat(figures.progress())
                .containsExactly(Map.entry("ACHIEVED", 1L), Map.entry("PARTLY", 1L), Map.entry("NOT_ACHIEVED", 0L));
    }

    @Test
    void comparesSidetrackFrequencyWithAndWithoutAnOnTimePrepForm() {
        RollupFigures figures = client(ORG, CLIENT);

        assertThat(figures.sidetrackFrequencyWithPrep()).isEqualTo(2.0);
        assertThat(figures.sidetrackFrequencyWithoutPrep()).isEqualTo(3.0);
    }

    @Test
    void countsPrepFormsAndTheirCompletionOverFormsWhoseSessionStarted() {
        RollupFigures figures = client(ORG, CLIENT);

        assertThat(figures.count(Counter.PREP_REQUESTED)).isEqualTo(4);
        assertThat(figures.count(Counter.PREP_SUBMITTED)).isEqualTo(2);
        assertThat(figures.count(Counter.PREP_MISSED)).isEqualTo(1);
        assertThat(figures.count(Counter.PREP_LATE)).isEqualTo(1);
        assertThat(figures.completionRate()).isEqualTo(1.0 / 3);
    }

    @Test
    void hasNullWhereAClientHasNothingToCount() {
        RollupFigures figures = client(ORG, SECOND_CLIENT);

        assertThat(figures.sessionsEnded()).isEqualTo(1);
        assertThat(figures.sidetrackFrequency()).isEqualTo(0.0);
        assertThat(figures.sidetracksPerHour()).isEqualTo(0.0);
        assertThat(figures.connectedShare()).isNull();
        assertThat(figures.avgMinutesToAgreement()).isNull();
        assertThat(figures.avgShiftToReContractMinutes()).isNull();
        assertThat(figures.onAgreedTopicShare()).isNull();
        assertThat(figures.completionRate()).isNull();
        assertThat(figures.sidetrackFrequencyWithPrep()).isNull();
        assertThat(figures.sidetrackFrequencyWithoutPrep()).isEqualTo(0.0);
    }

    @Test
    void hasNullForEveryRateOfAClientWithoutEndedSessions() {
        RollupFigures figures = figures(
                contributions(AnalyticsMother.session(ORG, CLIENT, COACH, "s")
                        .scheduled(AnalyticsMother.at("08:00"), AnalyticsMother.at("10:00"))
                        .events()),
                c -> true);

        assertThat(figures.sessionsEnded()).isZero();
        assertThat(figures.sidetrackFrequency()).isNull();
        assertThat(figures.sidetracksPerHour()).isNull();
        assertThat(figures.onAgreedTopicShare()).isNull();
        assertThat(figures.agreementRate()).isNull();
        assertThat(figures.progressCheckRate()).isNull();
    }

    @Test
    void givesACoachsFiguresOverTheCoachsEndedSessionsInTheOrganisation() {
        RollupFigures figures = figures(CONTRIBUTIONS, c -> c.orgId().equals(ORG) && COACH.equals(c.coachId()));

        assertThat(figures.sessionsEnded()).isEqualTo(3);
        assertThat(figures.agreementRate()).isEqualTo(2.0 / 3);
        assertThat(figures.agreementCompleteness()).isEqualTo(0.75);
        assertThat(figures.sidetrackFrequency()).isEqualTo(5.0 / 3);
        assertThat(figures.reContractRate()).isEqualTo(0.8);
        assertThat(figures.silentDriftRate()).isEqualTo(0.2);
        assertThat(figures.avgShiftToReContractMinutes()).isEqualTo(5.75);
        assertThat(figures.progressCheckRate()).isEqualTo(1.0);
    }

    @Test
    void keepsTheSameClientIdInAnotherOrganisationApart() {
        RollupFigures figures = client(AnalyticsMother.OTHER_ORG, CLIENT);

        assertThat(figures.sessionsEnded()).isEqualTo(1);
        assertThat(figures.topicShifts()).isEqualTo(1);
        assertThat(figures.count(Counter.UNRESOLVED)).isEqualTo(1);
    }

    private static RollupFigures client(String orgId, String clientId) {
        return figures(
                CONTRIBUTIONS, c -> c.orgId().equals(orgId) && c.clientId().equals(clientId));
    }

    private static RollupFigures figures(List<Contribution> contributions, Predicate<Contribution> which) {
        Map<Counter, Long> sums = new EnumMap<>(Counter.class);
        contributions.stream()
                .filter(which)
                .forEach(c -> c.counters().forEach((counter, value) -> sums.merge(counter, value, Long::sum)));
        return new RollupFigures(counter -> sums.getOrDefault(counter, 0L));
    }

    static List<Contribution> contributions(List<EventEnvelope> events) {
        Map<String, SessionDocument> documents = new LinkedHashMap<>();
        for (EventEnvelope event : events) {
            String key = Keys.document(event);
            SessionDocument document = documents.computeIfAbsent(
                    key,
                    k -> new SessionDocument(
                            k, event.event().orgId(), event.event().clientId(), sessionId(event), SessionFacts.none()));
            documents.put(
                    key,
                    new SessionDocument(
                            key,
                            document.orgId(),
                            document.clientId(),
                            document.sessionId(),
                            FactsMerger.merge(document.facts(), event)));
        }
        List<Contribution> contributions = new ArrayList<>();
        documents
                .values()
                .forEach(document -> contributions.add(Contribution.of(document, SessionFold.fold(document.facts()))));
        return contributions;
    }

    private static String sessionId(EventEnvelope event) {
        return switch (event.event()) {
            case SessionEvent e -> e.sessionId();
            case PrepFormEvent e -> e.sessionId();
        };
    }
}
