package io.throughline.analytics.trends;

import io.throughline.analytics.session.fold.PrepFormStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Runs of due prep forms in sessionAt order up to asOf. A session without a form, or whose form is
 * neither submitted nor missed yet, neither breaks nor extends a run.
 */
public record PrepFormStreaks(int currentOnTime, int currentNotOnTime, int longestOnTime) {

    static PrepFormStreaks of(List<TrendSession> sessions, Instant asOf) {
        int onTime = 0;
        int notOnTime = 0;
        int longest = 0;
        List<TrendSession> due = sessions.stream()
                .filter(session -> session.prepDue() && session.prepForm() != PrepFormStatus.NONE)
                .filter(session -> !session.sessionAt().isAfter(asOf))
                .sorted(Comparator.comparing(TrendSession::sessionAt).thenComparing(TrendSession::sessionId))
                .toList();
        for (TrendSession session : due) {
            if (session.prepForm() == PrepFormStatus.ON_TIME) {
                onTime++;
                notOnTime = 0;
                longest = Math.max(longest, onTime);
            } else {
                notOnTime++;
                onTime = 0;
            }
        }
        return new PrepFormStreaks(onTime, notOnTime, longest);
    }
}
