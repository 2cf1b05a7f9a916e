package io.throughline.analytics.trends;

import java.time.LocalDate;
import java.util.List;

/** A trend as METRICS.md answers it: the points oldest first, then what depends on asOf. */
public record TrendAnswer(
        String timeZone,
        Period period,
        LocalDate from,
        LocalDate to,
        int rolling,
        List<TrendPoint> points,
        PrepFormStreaks prepFormStreaks,
        List<RisingTopics.RisingTopic> risingSidetrackTopics,
        Cadence cadence) {}
