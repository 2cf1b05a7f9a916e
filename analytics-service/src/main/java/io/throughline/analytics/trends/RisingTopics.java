package io.throughline.analytics.trends;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sidetrack topics that came up in more ended sessions in the last W weeks before asOf than in the W
 * weeks before those: rising when recent ≥ 2 and recent − prior ≥ 2. Topics compare as in the
 * patterns' recurring topics (trimmed, case-insensitive) and show as their most frequent spelling.
 */
public final class RisingTopics {

    /**
     * @param sessionIds       the recent sessions with a shift to the topic, in sessionAt order
     * @param parkedSessionIds those of them where it was re-contracted back to the agreed topic or left open
     */
    public record RisingTopic(
            String topic, int recent, int prior, List<String> sessionIds, List<String> parkedSessionIds) {}

    private static final class Tally {
        final Map<String, Integer> spellings = new TreeMap<>();
        final Set<String> recent = new LinkedHashSet<>();
        final Set<String> parked = new LinkedHashSet<>();
        final Set<String> clients = new HashSet<>();
        int prior;

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

    private RisingTopics() {}

    static List<RisingTopic> of(List<TrendSession> sessions, Instant asOf, ZoneId zone, int weeks, int minClients) {
        Instant recentFrom = asOf.atZone(zone).minusWeeks(weeks).toInstant();
        Instant priorFrom = asOf.atZone(zone).minusWeeks(2L * weeks).toInstant();
        Map<String, Tally> tallies = new TreeMap<>();
        List<TrendSession> inWindow = sessions.stream()
                .filter(TrendSession::ended)
                .filter(session -> !session.sessionAt().isBefore(priorFrom)
                        && session.sessionAt().isBefore(asOf))
                .sorted(Comparator.comparing(TrendSession::sessionAt).thenComparing(TrendSession::sessionId))
                .toList();
        for (TrendSession session : inWindow) {
            boolean recent = !session.sessionAt().isBefore(recentFrom);
            Set<String> seen = new HashSet<>();
            for (TrendSession.Shift shift : session.shifts()) {
                String spelling = shift.topic() == null ? "" : shift.topic().strip();
                if (spelling.isEmpty()) {
                    continue;
                }
                Tally tally = tallies.computeIfAbsent(spelling.toLowerCase(Locale.ROOT), key -> new Tally());
                tally.spellings.merge(spelling, 1, Integer::sum);
                boolean first = seen.add(spelling.toLowerCase(Locale.ROOT));
                if (recent) {
                    tally.recent.add(session.sessionId());
                    tally.clients.add(session.clientId());
                    if (shift.parked()) {
                        tally.parked.add(session.sessionId());
                    }
                } else if (first) {
                    tally.prior++;
                }
            }
        }
        List<RisingTopic> rising = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            int recent = tally.recent.size();
            if (recent >= 2 && recent - tally.prior >= 2 && tally.clients.size() >= minClients) {
                rising.add(new RisingTopic(
                        tally.spelling(), recent, tally.prior, List.copyOf(tally.recent), List.copyOf(tally.parked)));
            }
        }
        rising.sort(Comparator.comparingInt(RisingTopic::recent).reversed().thenComparing(RisingTopic::topic));
        return rising;
    }
}
