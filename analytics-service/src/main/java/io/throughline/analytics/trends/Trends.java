package io.throughline.analytics.trends;

import io.throughline.analytics.projection.model.Counter;
import io.throughline.analytics.projection.model.RollupFigures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a trend answer from a subject's sessions (a client's, a coach's or an organisation's):
 * each session belongs wholly to the period holding its sessionAt in the query's zone, and nothing
 * is ever placed by record time. Pure: the same sessions and query give the same answer.
 */
public final class Trends {

    /** The window of rising sidetrack topics, in weeks before asOf. */
    public static final int RISING_WEEKS = 4;

    private Trends() {}

    /** For a client or a coach: rising topics of any number of clients. */
    public static TrendAnswer compute(List<TrendSession> sessions, TrendQuery query) {
        return compute(sessions, query, 1);
    }

    /** {@code minClients} is 3 organisation-wide: only topics that at least 3 clients raised. */
    public static TrendAnswer compute(List<TrendSession> sessions, TrendQuery query, int minClients) {
        return new TrendAnswer(
                query.zone().getId(),
                query.period(),
                query.from(),
                query.to(),
                query.rolling(),
                points(sessions, query),
                PrepFormStreaks.of(sessions, query.asOf()),
                RisingTopics.of(sessions, query.asOf(), query.zone(), RISING_WEEKS, minClients),
                Cadence.of(sessions, query.asOf(), query.zone()));
    }

    static List<TrendPoint> points(List<TrendSession> sessions, TrendQuery query) {
        Map<LocalDate, PeriodSums> sums = new HashMap<>();
        Map<LocalDate, Instant> revised = new HashMap<>();
        for (TrendSession session : sessions) {
            LocalDate start = query.period()
                    .start(session.sessionAt().atZone(query.zone()).toLocalDate());
            sums.computeIfAbsent(start, key -> new PeriodSums()).add(session);
            Instant closed = query.instant(query.period().plus(start, 1));
            Instant recorded = session.latestRecordedAt();
            if (recorded != null && !recorded.isBefore(closed)) {
                revised.merge(start, recorded, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<TrendPoint> points = new ArrayList<>();
        for (LocalDate start = query.from();
                start.isBefore(query.to());
                start = query.period().plus(start, 1)) {
            LocalDate end = query.period().plus(start, 1);
            PeriodSums own = sums.getOrDefault(start, new PeriodSums());
            TrendRatios rolling = null;
            if (query.rolling() > 1) {
                PeriodSums window = new PeriodSums();
                for (int back = 0; back < query.rolling(); back++) {
                    PeriodSums earlier = sums.get(query.period().plus(start, -back));
                    if (earlier != null) {
                        window.addAll(earlier);
                    }
                }
                rolling = TrendRatios.of(window.figures());
            }
            points.add(point(query, start, end, own, revised.get(start), rolling));
        }
        return points;
    }

    private static TrendPoint point(
            TrendQuery query, LocalDate start, LocalDate end, PeriodSums sums, Instant revisedAt, TrendRatios rolling) {
        RollupFigures figures = sums.figures();
        return new TrendPoint(
                query.period().label(start),
                start,
                end,
                query.instant(end).isAfter(query.asOf()),
                revisedAt,
                figures.sessionsEnded(),
                sums.cancelled(),
                sums.open(),
                figures.topicShifts(),
                figures.reContractOutcomes(),
                new TrendPoint.PrepFormCounts(
                        figures.count(Counter.PREP_DUE),
                        figures.count(Counter.PREP_DUE_ON_TIME),
                        figures.count(Counter.PREP_LATE),
                        figures.count(Counter.PREP_MISSED),
                        figures.completionRate()),
                figures.progress(),
                TrendRatios.of(figures),
                rolling);
    }
}
