package io.throughline.analytics.projection.model;

import java.util.Map;

final class RollupCounts {

    private RollupCounts() {}

    /** Values may come back as any BSON number type, and a counter never incremented is absent. */
    static long of(Map<String, ? extends Number> counters, Counter counter) {
        if (counters == null) {
            return 0;
        }
        Number value = counters.get(counter.name());
        return value == null ? 0 : value.longValue();
    }
}
