package io.throughline.analytics.trends;

import io.throughline.analytics.session.fold.SessionStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * How regularly a subject meets, as of asOf: the last end, the local calendar days from its date to
 * asOf's, and the earliest start at or after asOf of a session still scheduled.
 */
public record Cadence(Instant lastEndedAt, Long daysSinceLastSession, Instant nextScheduledStart) {

    public static Cadence of(List<TrendSession> sessions, Instant asOf, ZoneId zone) {
        Instant lastEnded = sessions.stream()
                .filter(TrendSession::ended)
                .map(TrendSession::endedAt)
                .filter(Objects::nonNull)
                .filter(ended -> !ended.isAfter(asOf))
                .max(Instant::compareTo)
                .orElse(null);
        Instant next = sessions.stream()
                .filter(session -> session.status() == SessionStatus.SCHEDULED)
                .map(TrendSession::scheduledStart)
                .filter(Objects::nonNull)
                .filter(start -> !start.isBefore(asOf))
                .min(Instant::compareTo)
                .orElse(null);
        Long days = lastEnded == null
                ? null
                : ChronoUnit.DAYS.between(
                        lastEnded.atZone(zone).toLocalDate(), asOf.atZone(zone).toLocalDate());
        return new Cadence(lastEnded, days, next);
    }
}
