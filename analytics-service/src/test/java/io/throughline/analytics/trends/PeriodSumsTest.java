package io.throughline.analytics.trends;

import static io.throughline.analytics.AnalyticsMother.CLIENT;
import static io.throughline.analytics.AnalyticsMother.ORG;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.TrendsExampleMother;
import io.throughline.analytics.projection.model.Contribution;
import io.throughline.analytics.projection.model.Counter;
import io.throughline.analytics.projection.model.RollupFigures;
import io.throughline.analytics.projection.model.SessionDocument;
import io.throughline.analytics.session.fold.SessionFold;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A period holding all of a client's sessions gives the client's patterns: trends and patterns agree. */
class PeriodSumsTest {

    private static final List<SessionDocument> DOCUMENTS =
            TrendsExampleMother.documents(AnalyticsMother.twoOrganisations()).stream()
                    .filter(document ->
                            document.orgId().equals(ORG) && document.clientId().equals(CLIENT))
                    .toList();

    @Test
    void givesThePatternsFiguresForEveryKindOfSession() {
        RollupFigures patterns = patterns();
        PeriodSums sums = new PeriodSums();
        DOCUMENTS.forEach(document -> TrendSession.of(document, null).ifPresent(sums::add));
        RollupFigures trends = sums.figures();

        List<Function<RollupFigures, Object>> figures = List.of(
                RollupFigures::sessionsEnded,
                RollupFigures::topicShifts,
                RollupFigures::sidetrackFrequency,
                RollupFigures::sidetracksPerHour,
                RollupFigures::reContractOutcomes,
                RollupFigures::connectedShare,
                RollupFigures::reContractRate,
                RollupFigures::silentDriftRate,
                RollupFigures::avgMinutesToAgreement,
                RollupFigures::onAgreedTopicShare,
                RollupFigures::agreementRate,
                RollupFigures::agreementCompleteness,
                RollupFigures::sidetrackFrequencyWithPrep,
                RollupFigures::progress,
                RollupFigures::completionRate);
        for (Function<RollupFigures, Object> figure : figures) {
            assertThat(figure.apply(trends)).isEqualTo(figure.apply(patterns));
        }
        assertThat(trends.sessionsEnded()).isEqualTo(2);
        assertThat(trends.count(Counter.PREP_DUE)).isEqualTo(3);
        assertThat(trends.count(Counter.PREP_DUE_ON_TIME)).isEqualTo(1);
        assertThat(sums.cancelled()).isEqualTo(1);
        assertThat(sums.open()).isEqualTo(1);
    }

    private static RollupFigures patterns() {
        Map<Counter, Long> sums = new EnumMap<>(Counter.class);
        for (SessionDocument document : DOCUMENTS) {
            Contribution.of(document, SessionFold.fold(document.facts()))
                    .counters()
                    .forEach((counter, value) -> sums.merge(counter, value, Long::sum));
        }
        return new RollupFigures(counter -> sums.getOrDefault(counter, 0L));
    }
}
