package io.throughline.analytics.trends;

import static io.throughline.analytics.TrendsExampleMother.AS_OF;
import static io.throughline.analytics.TrendsExampleMother.S7_LOGGED;
import static io.throughline.analytics.TrendsExampleMother.ZONE;
import static io.throughline.analytics.TrendsExampleMother.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.analytics.TrendsExampleMother;
import io.throughline.events.EventEnvelope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** METRICS.md's worked example of trends, computed from the seven sessions' events. */
class TrendsTest {

    private static final List<TrendSession> SESSIONS = TrendsExampleMother.sessions(TrendsExampleMother.events());

    /** week, ended, cancelled, shifts, sidetrackFrequency, rolling 4, share, rolling 4, minutes, due, on time, R, A, C, U. */
    private static final Object[][] WEEKS = {
        {"2025-W45", 1, 0, 2, 2.0, 2.0, 0.912, 0.912, 3.0, 1, 1, 1, 0, 1, 0},
        {"2025-W46", 1, 0, 1, 1.0, 1.5, 0.927, 0.920, 5.0, 1, 1, 1, 0, 0, 0},
        {"2025-W47", 0, 1, 0, null, 1.5, null, 0.920, null, 0, 0, 0, 0, 0, 0},
        {"2025-W48", 1, 0, 2, 2.0, 1.667, 0.464, 0.768, 4.0, 1, 0, 1, 0, 0, 1},
        {"2025-W49", 1, 0, 3, 3.0, 2.0, 0.815, 0.735, 6.0, 1, 0, 1, 1, 1, 0},
        {"2025-W50", 1, 0, 2, 2.0, 2.333, 0.965, 0.748, 3.0, 1, 1, 1, 0, 1, 0},
        {"2025-W51", 1, 0, 3, 3.0, 2.5, 0.468, 0.678, 3.0, 1, 0, 1, 0, 0, 2},
        {"2025-W52", 0, 0, 0, null, 2.667, null, 0.749, null, 0, 0, 0, 0, 0, 0},
    };

    @Test
    void computesTheWeeklyTableOfTheWorkedExample() {
        List<TrendPoint> points = weekly(ZONE).points();

        assertThat(points).extracting(point -> (Object) point.period()).containsExactly(column(0));
        for (int i = 0; i < WEEKS.length; i++) {
            Object[] row = WEEKS[i];
            TrendPoint point = points.get(i);
            assertThat(new Object[] {
                        point.period(),
                        (int) point.sessionsEnded(),
                        (int) point.sessionsCancelled(),
                        (int) point.topicShifts(),
                        round(point.ratios().sidetrackFrequency()),
                        round(point.rolling().sidetrackFrequency()),
                        round(point.ratios().onAgreedTopicShare()),
                        round(point.rolling().onAgreedTopicShare()),
                        round(point.ratios().avgMinutesToAgreement()),
                        (int) point.prepForms().due(),
                        (int) point.prepForms().onTime(),
                        outcome(point, "RETURN_TO_AGREED"),
                        outcome(point, "ADOPT_NEW_TOPIC"),
                        outcome(point, "CONNECTED_TO_AGREED"),
                        outcome(point, "UNRESOLVED")
                    })
                    .as(point.period())
                    .containsExactly(row);
        }
    }

    @Test
    void placesEachPointInItsLocalWeekAndMarksOnlyTheLateLoggedWeekRevised() {
        TrendAnswer answer = weekly(ZONE);

        assertThat(answer.timeZone()).isEqualTo("Europe/Amsterdam");
        assertThat(answer.from()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(answer.to()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(answer.points().getFirst().from()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(answer.points().getFirst().to()).isEqualTo(LocalDate.of(2025, 11, 10));
        assertThat(answer.points()).extracting(TrendPoint::partial).containsOnly(false);
        assertThat(answer.points()).extracting(TrendPoint::sessionsOpen).containsOnly(0L);
        assertThat(answer.points())
                .extracting(TrendPoint::revisedAt)
                .containsExactly(null, null, null, null, null, null, S7_LOGGED, null);
    }

    @Test
    void givesTheRestOfTheFiguresPerWeekAndGapsAsNull() {
        List<TrendPoint> points = weekly(ZONE).points();
        TrendPoint w45 = points.get(0);
        TrendPoint w47 = points.get(2);
        TrendPoint w51 = points.get(6);

        assertThat(w45.ratios().sidetracksPerHour()).isEqualTo(2.0);
        assertThat(round(w45.ratios().connectedShare())).isEqualTo(0.5);
        assertThat(w45.ratios().reContractRate()).isEqualTo(1.0);
        assertThat(w45.ratios().silentDriftRate()).isEqualTo(0.0);
        assertThat(w45.ratios().agreementRate()).isEqualTo(1.0);
        assertThat(w45.ratios().agreementCompleteness()).isEqualTo(1.0);
        assertThat(w45.ratios().prepCompletionRate()).isEqualTo(1.0);
        assertThat(w45.progress())
                .containsExactly(Map.entry("ACHIEVED", 1L), Map.entry("PARTLY", 0L), Map.entry("NOT_ACHIEVED", 0L));
        assertThat(round(w51.ratios().sidetracksPerHour())).isEqualTo(3.6);
        assertThat(round(w51.ratios().silentDriftRate())).isEqualTo(0.667);
        assertThat(round(w51.ratios().reContractRate())).isEqualTo(0.333);
        assertThat(w51.ratios().agreementCompleteness()).isEqualTo(0.5);
        assertThat(w51.prepForms()).isEqualTo(new TrendPoint.PrepFormCounts(1, 0, 0, 1, 0.0));
        assertThat(w47.ratios()).isEqualTo(new TrendRatios(null, null, null, null, null, null, null, null, null, null));
        assertThat(w47.sessionsCancelled()).isEqualTo(1);
        assertThat(w47.progress())
                .containsOnly(Map.entry("ACHIEVED", 0L), Map.entry("PARTLY", 0L), Map.entry("NOT_ACHIEVED", 0L));
    }

    @Test
    void looksBackBeforeFromForTheRollingFigures() {
        TrendAnswer answer = Trends.compute(
                SESSIONS,
                new TrendQuery(Period.WEEK, ZONE, LocalDate.of(2025, 11, 19), LocalDate.of(2025, 11, 25), 4, AS_OF));

        assertThat(answer.from()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(answer.to()).isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(answer.points()).extracting(TrendPoint::period).containsExactly("2025-W47");
        assertThat(answer.points().getFirst().rolling().sidetrackFrequency()).isEqualTo(1.5);
        assertThat(answer.points().getFirst().ratios().sidetrackFrequency()).isNull();
    }

    @Test
    void movesTheSessionAfterMidnightInAmsterdamToTheWeekBeforeInUtc() {
        List<TrendPoint> points = weekly(ZoneOffset.UTC).points();
        TrendPoint w49 = points.get(4);
        TrendPoint w50 = points.get(5);

        assertThat(w49.period()).isEqualTo("2025-W49");
        assertThat(w49.sessionsEnded()).isEqualTo(2);
        assertThat(w49.topicShifts()).isEqualTo(5);
        assertThat(w49.ratios().sidetrackFrequency()).isEqualTo(2.5);
        assertThat(round(w49.ratios().onAgreedTopicShare())).isEqualTo(0.890);
        assertThat(w50.sessionsEnded()).isZero();
        assertThat(w50.ratios().sidetrackFrequency()).isNull();
        assertThat(w50.ratios().onAgreedTopicShare()).isNull();
        assertThat(round(points.get(7).rolling().sidetrackFrequency()))
                .as("8 shifts in 3 sessions, a ratio of sums; the mean of the weeks' 2.5 and 3.0 would be 2.75")
                .isEqualTo(2.667);
    }

    @Test
    void computesTheMonths() {
        TrendAnswer answer = Trends.compute(
                SESSIONS,
                new TrendQuery(Period.MONTH, ZONE, LocalDate.of(2025, 11, 3), LocalDate.of(2026, 1, 1), 1, AS_OF));
        TrendPoint november = answer.points().get(0);
        TrendPoint december = answer.points().get(1);

        assertThat(answer.points()).extracting(TrendPoint::period).containsExactly("2025-11", "2025-12");
        assertThat(answer.points()).extracting(TrendPoint::rolling).containsOnlyNulls();
        assertMonth(november, 3, 1, 5, 1.667, 0.768, 3, 2, 0.667, new long[] {3, 0, 1, 1}, new long[] {2, 1, 0});
        assertMonth(december, 3, 0, 8, 2.667, 0.749, 3, 1, 0.333, new long[] {3, 1, 2, 2}, new long[] {0, 1, 2});
        assertThat(november.ratios().avgMinutesToAgreement()).isEqualTo(4.0);
        assertThat(december.ratios().avgMinutesToAgreement()).isEqualTo(4.0);
        assertThat(november.partial()).isFalse();
        assertThat(december.partial()).as("December is not over at asOf").isTrue();
        assertThat(december.revisedAt())
                .as("s7 was logged before December closed")
                .isNull();
    }

    @Test
    void computesTheStreaksRisingTopicsAndCadence() {
        TrendAnswer answer = weekly(ZONE);

        assertThat(answer.prepFormStreaks()).isEqualTo(new PrepFormStreaks(0, 1, 2));
        assertThat(answer.risingSidetrackTopics())
                .containsExactly(
                        new RisingTopics.RisingTopic("budget", 2, 0, List.of("s5", "s7"), List.of("s5", "s7")));
        assertThat(answer.cadence()).isEqualTo(new Cadence(local("2025-12-15T10:50"), 14L, null));
    }

    @Test
    void findsBossNotRisingBecauseItCameUpAsOftenBefore() {
        List<RisingTopics.RisingTopic> everything = RisingTopics.of(SESSIONS, AS_OF, ZONE, 4, 1);
        List<RisingTopics.RisingTopic> withoutS1 = RisingTopics.of(
                SESSIONS.stream()
                        .filter(session -> !session.sessionId().equals("s1"))
                        .toList(),
                AS_OF,
                ZONE,
                4,
                1);

        assertThat(everything).extracting(RisingTopics.RisingTopic::topic).containsExactly("budget");
        assertThat(withoutS1)
                .as("without s1, boss is 3 recent against 2 prior: still not rising by 2")
                .extracting(RisingTopics.RisingTopic::topic)
                .containsExactly("budget");
        assertThat(RisingTopics.of(SESSIONS, AS_OF, ZONE, 4, 3))
                .as("one client is not three")
                .isEmpty();
    }

    @Test
    void givesTheSameAnswerAfterTheEventsAreShuffledAndDuplicated() {
        List<EventEnvelope> events = TrendsExampleMother.events();
        Random random = new Random(18);
        for (int round = 0; round < 20; round++) {
            List<EventEnvelope> delivered = new ArrayList<>(events);
            delivered.addAll(events.subList(0, random.nextInt(events.size())));
            Collections.shuffle(delivered, random);

            assertThat(TrendsExampleMother.sessions(delivered)).isEqualTo(SESSIONS);
        }
    }

    @Test
    void defaultsToTwelveWeeksBeforeTheCurrentOneWhichIsPartial() {
        Instant asOf = local("2025-12-17T12:00");
        TrendAnswer answer = Trends.compute(SESSIONS, TrendQuery.of(Period.WEEK, ZONE, null, null, null, asOf));

        assertThat(answer.points()).hasSize(13);
        assertThat(answer.from()).isEqualTo(LocalDate.of(2025, 9, 22));
        assertThat(answer.points().getLast().period()).isEqualTo("2025-W51");
        assertThat(answer.points().getLast().partial()).isTrue();
        assertThat(answer.points().subList(0, 12))
                .extracting(TrendPoint::partial)
                .containsOnly(false);
        assertThat(TrendQuery.of(Period.MONTH, ZONE, null, null, null, asOf).from())
                .isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void refusesMoreThan104WeeksOr36MonthsOrARollingBeyond12() {
        LocalDate from = LocalDate.of(2024, 1, 1);

        assertThatThrownBy(() -> new TrendQuery(Period.WEEK, ZONE, from, from.plusWeeks(105), 1, AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TrendQuery(Period.WEEK, ZONE, from, from.plusWeeks(104), 1, AS_OF).to())
                .isEqualTo(from.plusWeeks(104));
        assertThatThrownBy(() -> new TrendQuery(Period.MONTH, ZONE, from, from.plusMonths(37), 1, AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrendQuery(Period.WEEK, ZONE, from, from, 13, AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsWeeksWithTheirWeekBasedYear() {
        assertThat(Period.WEEK.label(LocalDate.of(2025, 12, 29))).isEqualTo("2026-W01");
        assertThat(Period.WEEK.label(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(Period.WEEK.start(LocalDate.of(2025, 12, 7))).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    private static void assertMonth(
            TrendPoint point,
            long ended,
            long cancelled,
            long shifts,
            double frequency,
            double share,
            long due,
            long onTime,
            double completion,
            long[] outcomes,
            long[] progress) {
        assertThat(point.sessionsEnded()).isEqualTo(ended);
        assertThat(point.sessionsCancelled()).isEqualTo(cancelled);
        assertThat(point.topicShifts()).isEqualTo(shifts);
        assertThat(round(point.ratios().sidetrackFrequency())).isEqualTo(frequency);
        assertThat(round(point.ratios().onAgreedTopicShare())).isEqualTo(share);
        assertThat(point.prepForms().due()).isEqualTo(due);
        assertThat(point.prepForms().onTime()).isEqualTo(onTime);
        assertThat(round(point.prepForms().completionRate())).isEqualTo(completion);
        assertThat(point.reContractOutcomes().values())
                .containsExactly(Arrays.stream(outcomes).boxed().toArray(Long[]::new));
        assertThat(point.progress().values())
                .containsExactly(Arrays.stream(progress).boxed().toArray(Long[]::new));
    }

    private static TrendAnswer weekly(ZoneId zone) {
        return Trends.compute(
                SESSIONS,
                new TrendQuery(Period.WEEK, zone, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 29), 4, AS_OF));
    }

    private static Object[] column(int index) {
        return Arrays.stream(WEEKS).map(row -> row[index]).toArray();
    }

    private static int outcome(TrendPoint point, String outcome) {
        return point.reContractOutcomes().get(outcome).intValue();
    }

    /** As the table shows a figure: three decimals, half up. */
    private static Double round(Double value) {
        return value == null
                ? null
                : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
