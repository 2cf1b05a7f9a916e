package io.throughline.analytics.client.query;

import io.throughline.analytics.client.query.ClientPatterns.RecurringTopic;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shift topics that came up at least twice, compared case-insensitively (they are stored trimmed).
 * A topic is shown as its most frequent spelling, the alphabetically first on a tie, so the answer
 * does not depend on which spelling arrived first.
 */
final class RecurringTopics {

    private static final Comparator<Map.Entry<String, Long>> MOST_FREQUENT_SPELLING =
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private RecurringTopics() {}

    static List<RecurringTopic> of(Map<String, Long> storedTopics) {
        if (storedTopics == null) {
            return List.of();
        }
        return storedTopics.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .collect(Collectors.groupingBy(entry -> entry.getKey().toLowerCase(Locale.ROOT)))
                .values()
                .stream()
                .map(spellings -> new RecurringTopic(
                        spellings.stream()
                                .sorted(MOST_FREQUENT_SPELLING)
                                .findFirst()
                                .orElseThrow()
                                .getKey(),
                        spellings.stream().mapToLong(Map.Entry::getValue).sum()))
                .filter(topic -> topic.count() >= 2)
                .sorted(Comparator.comparingLong(RecurringTopic::count)
                        .reversed()
                        .thenComparing(RecurringTopic::topic))
                .toList();
    }
}
