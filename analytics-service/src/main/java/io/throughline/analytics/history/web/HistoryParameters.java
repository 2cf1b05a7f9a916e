package io.throughline.analytics.history.web;

import io.throughline.analytics.session.fold.SessionStatus;
import io.throughline.analytics.trends.Period;
import io.throughline.analytics.trends.TrendQuery;
import io.throughline.analytics.web.InvalidParameterException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads the trends' and sessions' query parameters as METRICS.md defines them; anything else is a
 * 400 naming the parameter (the same problem document as every other invalid parameter).
 */
final class HistoryParameters {

    private HistoryParameters() {}

    /** {@code asOf} defaults to {@code now}; {@code from}/{@code to}/{@code rolling} to METRICS.md's defaults. */
    static TrendQuery trendQuery(
            String period, String from, String to, String rolling, String asOf, ZoneId zone, Instant now) {
        Period parsedPeriod = period(period);
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        Integer rollingPeriods = rolling(rolling);
        Instant at = asOf(asOf, now);
        try {
            return TrendQuery.of(parsedPeriod, zone, fromDate, toDate, rollingPeriods, at);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(to == null ? "from" : "to", e.getMessage());
        }
    }

    static Period period(String value) {
        if (value == null) {
            return Period.WEEK;
        }
        return Arrays.stream(Period.values())
                .filter(period -> period.name().toLowerCase(Locale.ROOT).equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException("period", "must be week or month"));
    }

    static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidParameterException(field, "must be a local date (2025-11-03)");
        }
    }

    static SessionStatus status(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(SessionStatus.values())
                .filter(status -> status.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException(
                        "status", "must be one of " + Arrays.toString(SessionStatus.values())));
    }

    private static Integer rolling(String value) {
        if (value == null) {
            return null;
        }
        try {
            int rolling = Integer.parseInt(value);
            if (rolling >= 1 && rolling <= TrendQuery.MAX_ROLLING) {
                return rolling;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("rolling", "must be a whole number from 1 to " + TrendQuery.MAX_ROLLING);
    }

    private static Instant asOf(String value, Instant now) {
        if (value == null) {
            return now;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidParameterException(
                    "asOf", "must be a timestamp with offset (2025-12-29T00:00:00+01:00; '+' encoded as %2B)");
        }
    }
}
