package io.throughline.analytics.history.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.throughline.analytics.trends.Cadence;
import io.throughline.analytics.trends.PrepFormStreaks;
import io.throughline.analytics.trends.RisingTopics.RisingTopic;
import io.throughline.analytics.trends.TrendAnswer;
import io.throughline.analytics.trends.TrendPoint;
import io.throughline.analytics.trends.TrendRatios;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A trend answer as METRICS.md shapes it: the subject, the zone and the range echoed, the points
 * oldest first with their ratios beside the counts, each with the link to its sessions.
 */
public record Trend(
        String subjectType,
        String subjectId,
        String timeZone,
        String period,
        LocalDate from,
        LocalDate to,
        int rolling,
        List<Point> points,
        PrepFormStreaks prepFormStreaks,
        List<RisingTopic> risingSidetrackTopics,
        Cadence cadence) {

    /** One period; {@code rolling} is null unless rolling is above 1, {@code sessions} null for the organisation. */
    public record Point(
            String period,
            LocalDate from,
            LocalDate to,
            boolean partial,
            Instant revisedAt,
            long sessionsEnded,
            long sessionsCancelled,
            long sessionsOpen,
            long topicShifts,
            @JsonUnwrapped TrendRatios ratios,
            Map<String, Long> reContractOutcomes,
            TrendPoint.PrepFormCounts prepForms,
            Map<String, Long> progress,
            TrendRatios rolling,
            String sessions) {}

    static Trend of(Subject subject, TrendAnswer answer, Function<TrendPoint, String> link) {
        return new Trend(
                subject.type().json(),
                subject.id(),
                answer.timeZone(),
                answer.period().name().toLowerCase(),
                answer.from(),
                answer.to(),
                answer.rolling(),
                answer.points().stream()
                        .map(point -> new Point(
                                point.period(),
                                point.from(),
                                point.to(),
                                point.partial(),
                                point.revisedAt(),
                                point.sessionsEnded(),
                                point.sessionsCancelled(),
                                point.sessionsOpen(),
                                point.topicShifts(),
                                point.ratios(),
                                point.reContractOutcomes(),
                                point.prepForms(),
                                point.progress(),
                                point.rolling(),
                                link.apply(point)))
                        .toList(),
                answer.prepFormStreaks(),
                answer.risingSidetrackTopics(),
                answer.cadence());
    }
}
