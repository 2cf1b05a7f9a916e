package io.throughline.analytics.trends;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** A trend's period in local dates: the ISO week from Monday, labelled with its week-based year, or the calendar month. */
public enum Period {
    WEEK(104, 12),
    MONTH(36, 6);

    private final int maxPeriods;
    private final int defaultBefore;

    Period(int maxPeriods, int defaultBefore) {
        this.maxPeriods = maxPeriods;
        this.defaultBefore = defaultBefore;
    }

    /** How many periods a range may span at most. */
    public int maxPeriods() {
        return maxPeriods;
    }

    /** How many whole periods before the current one a range shows by default. */
    public int defaultBefore() {
        return defaultBefore;
    }

    /** The start of the period holding {@code date}. */
    public LocalDate start(LocalDate date) {
        return this == WEEK ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date.withDayOfMonth(1);
    }

    public LocalDate plus(LocalDate start, long periods) {
        return this == WEEK ? start.plusWeeks(periods) : start.plusMonths(periods);
    }

    /** {@code 2025-W45} (week-based year) or {@code 2025-11}. */
    public String label(LocalDate start) {
        return this == WEEK
                ? String.format(
                        "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : String.format("%d-%02d", start.getYear(), start.getMonthValue());
    }
}
