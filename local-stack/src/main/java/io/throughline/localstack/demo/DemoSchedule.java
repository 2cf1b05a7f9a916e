package io.throughline.localstack.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;

/** What the demo's session lists share: dates counted back from today, and prep-form answers. */
abstract class DemoSchedule {

    private final LocalDate today;

    DemoSchedule(LocalDate today) {
        this.today = today;
    }

    /** {@code daysAgo} days before today at the given UTC time; negative days are ahead. */
    Instant at(int daysAgo, int hour, int minute) {
        return today.minusDays(daysAgo).atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
    }

    static Map<String, String> answers(String intent) {
        if (intent == null) {
            return Map.of();
        }
        return Map.of(
                "wins",
                "A small win at work",
                "notDone",
                "Exercise",
                "learned",
                "I need more focus time",
                "challenges",
                "Too many meetings",
                "sessionIntent",
                intent);
    }
}
