package io.throughline.analytics.attention;

import io.throughline.analytics.trends.Fraction;
import io.throughline.analytics.trends.TrendSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * PARKED_TOPIC_RETURNS: the topic parked (re-contracted back to the agreed topic, or left open) in
 * the most of the client's last 6 ended sessions, at least 3 of them read. Topics compare trimmed and
 * case-insensitively, shown as their most frequent spelling (alphabetically first on a tie).
 */
final class ParkedTopicReturns {

    static final int LAST = 6;
    static final int AT_LEAST = 3;

    private record Topic(String key, Map<String, Integer> spellings, Map<TrendSession, String> sessions) {
        String spelling() {
            return spellings.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
        }
    }

    private ParkedTopicReturns() {}

    static Reading read(String client, List<TrendSession> ended, AttentionSettings settings) {
        if (ended.size() < AT_LEAST) {
            return Reading.notEnough();
        }
        List<TrendSession> last = ended.subList(Math.max(0, ended.size() - LAST), ended.size());
        Map<String, Topic> topics = new TreeMap<>();
        for (TrendSession session : last) {
            for (TrendSession.Shift shift : session.shifts()) {
                String spelling = shift.topic() == null ? "" : shift.topic().strip();
                if (!shift.parked() || spelling.isEmpty()) {
                    continue;
                }
                String key = spelling.toLowerCase(Locale.ROOT);
                Topic topic = topics.computeIfAbsent(key, k -> new Topic(k, new TreeMap<>(), new LinkedHashMap<>()));
                topic.spellings().merge(spelling, 1, Integer::sum);
                topic.sessions().merge(session, spelling + " " + shift.outcome(), (a, b) -> a + ", " + b);
            }
        }
        Topic most = topics.values().stream()
                .max(Comparator.<Topic>comparingInt(topic -> topic.sessions().size())
                        .thenComparing(Topic::key, Comparator.reverseOrder()))
                .orElse(null);
        int k = most == null ? 0 : most.sessions().size();
        var thresholds = settings.parkedTopicReturns();
        List<Evidence> evidence = new ArrayList<>();
        if (most != null) {
            most.sessions()
                    .forEach((session, fact) ->
                            evidence.add(new Evidence(session.sessionId(), session.sessionAt(), "parked " + fact)));
        }
        String sentence = most == null
                ? "no topic was parked in " + client + "'s last " + last.size() + " sessions"
                : "\"" + most.spelling() + "\" was parked in " + k + " of " + client + "'s last " + last.size()
                        + " sessions";
        return new Reading(
                true,
                k >= thresholds.raiseAtLeast(),
                k < thresholds.clear(),
                Fraction.whole(k),
                Fraction.whole(thresholds.raiseAtLeast()),
                Reading.values("k", k, "n", last.size()),
                sentence,
                evidence);
    }
}
