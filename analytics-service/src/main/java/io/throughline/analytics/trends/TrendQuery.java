package io.throughline.analytics.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A trend's question with its range snapped down to period starts: {@code from} inclusive, {@code to}
 * exclusive, in {@code zone}. {@code asOf} fixes "now" so that an answer can be reproduced.
 */
public record TrendQuery(Period period, ZoneId zone, LocalDate from, LocalDate to, int rolling, Instant asOf) {

    public static final int MAX_ROLLING = 12;

    public TrendQuery {
        if (rolling < 1 || rolling > MAX_ROLLING) {
            throw new IllegalArgumentException("rolling must be 1 to " + MAX_ROLLING + ", was " + rolling);
        }
        from = period.start(from);
        to = period.start(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        long periods = period == Period.WEEK ? ChronoUnit.WEEKS.between(from, to) : ChronoUnit.MONTHS.between(from, to);
        if (periods > period.maxPeriods()) {
            throw new IllegalArgumentException(
                    "at most " + period.maxPeriods() + " " + period.name().toLowerCase() + "s, asked " + periods);
        }
    }

    /**
     * With the defaults of METRICS.md for whatever is null: the 12 weeks (6 months) before the
     * current period plus the current one, rolling 1.
     */
    public static TrendQuery of(
            Period period, ZoneId zone, LocalDate from, LocalDate to, Integer rolling, Instant asOf) {
        LocalDate current = period.start(asOf.atZone(zone).toLocalDate());
        return new TrendQuery(
                period,
                zone,
                from != null ? from : period.plus(current, -period.defaultBefore()),
                to != null ? to : period.plus(current, 1),
                rolling != null ? rolling : 1,
                asOf);
    }

    /** The instant a period starting at {@code start} begins, in the query's zone. */
    public Instant instant(LocalDate start) {
        return start.atStartOfDay(zone).toInstant();
    }
}
