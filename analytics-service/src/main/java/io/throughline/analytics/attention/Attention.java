package io.throughline.analytics.attention;

import io.throughline.analytics.attention.RuleState.Status;
import io.throughline.analytics.trends.Cadence;
import io.throughline.analytics.trends.Fraction;
import io.throughline.analytics.trends.TrendSession;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates the attention rules for one person as of asOf. Each session rule is read after each of
 * the person's ended sessions in business order (sessionAt), so a session logged late slots into its
 * place: raised when its raise condition holds, cleared when its clear condition holds, and in
 * between it keeps its state. STALLED alone is read at asOf. Pure: the same sessions, settings and
 * asOf give the same states.
 */
public final class Attention {

    /** A rule read from a person's ended sessions up to one of them. */
    @FunctionalInterface
    interface SessionRule {
        Reading read(String subject, List<TrendSession> ended, AttentionSettings settings);
    }

    /** What a proposed change of thresholds would raise and clear. */
    public record Preview(List<AttentionRule> raises, List<AttentionRule> clears) {}

    private static final Comparator<TrendSession> BUSINESS_ORDER =
            Comparator.comparing(TrendSession::sessionAt).thenComparing(TrendSession::sessionId);

    private Attention() {}

    /** Every client rule for {@code clientId}, in the order of {@link AttentionRule}. */
    public static List<RuleState> forClient(
            String clientId, List<TrendSession> sessions, Instant asOf, ZoneId zone, AttentionSettings settings) {
        List<TrendSession> own = sessions.stream()
                .filter(session -> clientId.equals(session.clientId()))
                .toList();
        List<TrendSession> ended = endedInOrder(own, asOf);
        List<RuleState> states = new ArrayList<>();
        states.add(walk(AttentionRule.SIDETRACKS_RISING, ClientRules::sidetracksRising, clientId, ended, settings));
        states.add(walk(AttentionRule.OFF_AGREED_TOPIC, ClientRules::offAgreedTopic, clientId, ended, settings));
        states.add(walk(AttentionRule.PARKED_TOPIC_RETURNS, ParkedTopicReturns::read, clientId, ended, settings));
        states.add(walk(AttentionRule.PREP_NOT_ON_TIME, ClientRules::prepNotOnTime, clientId, ended, settings));
        states.add(walk(AttentionRule.NO_PROGRESS, ClientRules::noProgress, clientId, ended, settings));
        states.add(stalled(clientId, own, ended, asOf, zone, settings));
        return states;
    }

    /** Every coach rule for {@code coachId}, over all the coach's clients. */
    public static List<RuleState> forCoach(
            String coachId, List<TrendSession> sessions, Instant asOf, AttentionSettings settings) {
        List<TrendSession> ended = endedInOrder(
                sessions.stream()
                        .filter(session -> coachId.equals(session.coachId()))
                        .toList(),
                asOf);
        return List.of(
                walk(AttentionRule.SILENT_DRIFT, CoachRules::silentDrift, coachId, ended, settings),
                walk(AttentionRule.CONTRACTING_GAPS, CoachRules::contractingGaps, coachId, ended, settings),
                walk(AttentionRule.AGREEMENT_SLOWER, CoachRules::agreementSlower, coachId, ended, settings));
    }

    /** The rules raised by {@code proposed} and not by {@code current}, and the other way round. */
    public static Preview preview(List<RuleState> current, List<RuleState> proposed) {
        List<AttentionRule> raises = new ArrayList<>();
        List<AttentionRule> clears = new ArrayList<>();
        for (RuleState after : proposed) {
            boolean before = current.stream().anyMatch(state -> state.rule() == after.rule() && state.raised());
            if (after.raised() && !before) {
                raises.add(after.rule());
            }
        }
        for (RuleState before : current) {
            boolean after = proposed.stream().anyMatch(state -> state.rule() == before.rule() && state.raised());
            if (before.raised() && !after) {
                clears.add(before.rule());
            }
        }
        return new Preview(raises, clears);
    }

    static RuleState walk(
            AttentionRule rule,
            SessionRule reader,
            String subject,
            List<TrendSession> ended,
            AttentionSettings settings) {
        if (!settings.enabled(rule)) {
            return disabled(rule);
        }
        boolean raised = false;
        Instant since = null;
        Reading last = Reading.notEnough();
        for (int i = 0; i < ended.size(); i++) {
            last = reader.read(subject, ended.subList(0, i + 1), settings);
            if (!last.enough()) {
                continue;
            }
            // a clear condition that holds keeps a rule down: CONTRACTING_GAPS may still count 2 of
            // the last 10 when the last 5 all had an agreement, and must not rise again on them
            if (!raised && last.raise() && !last.clear()) {
                raised = true;
                since = ended.get(i).sessionAt();
            } else if (raised && last.clear()) {
                raised = false;
                since = null;
            }
        }
        return state(
                rule,
                raised ? Status.RAISED : last.enough() ? Status.WATCHING : Status.NOT_ENOUGH_SESSIONS,
                last,
                since);
    }

    private static RuleState stalled(
            String client,
            List<TrendSession> own,
            List<TrendSession> ended,
            Instant asOf,
            ZoneId zone,
            AttentionSettings settings) {
        if (!settings.enabled(AttentionRule.STALLED)) {
            return disabled(AttentionRule.STALLED);
        }
        Cadence cadence = Cadence.of(own, asOf, zone);
        if (cadence.lastEndedAt() == null) {
            return state(AttentionRule.STALLED, Status.NOT_ENOUGH_SESSIONS, Reading.notEnough(), null);
        }
        TrendSession last = ended.stream()
                .filter(session -> cadence.lastEndedAt().equals(session.endedAt()))
                .max(BUSINESS_ORDER)
                .orElseThrow();
        long days = cadence.daysSinceLastSession();
        Fraction threshold = Fraction.whole(settings.stalled().raiseAfterDays());
        boolean raised = Fraction.whole(days).isAtLeast(threshold) && cadence.nextScheduledStart() == null;
        Reading reading = new Reading(
                true,
                raised,
                !raised,
                Fraction.whole(days),
                threshold,
                Reading.values("d", days),
                client + " has had no session for " + days + " days and none is scheduled",
                List.of(new Evidence(last.sessionId(), last.sessionAt(), "last session ended")));
        return state(
                AttentionRule.STALLED,
                raised ? Status.RAISED : Status.WATCHING,
                reading,
                raised ? last.sessionAt() : null);
    }

    private static List<TrendSession> endedInOrder(List<TrendSession> sessions, Instant asOf) {
        return sessions.stream()
                .filter(TrendSession::ended)
                .filter(session -> !session.sessionAt().isAfter(asOf))
                .filter(session ->
                        session.endedAt() == null || !session.endedAt().isAfter(asOf))
                .sorted(BUSINESS_ORDER)
                .toList();
    }

    private static RuleState state(AttentionRule rule, Status status, Reading reading, Instant since) {
        if (status == Status.NOT_ENOUGH_SESSIONS) {
            return new RuleState(rule, status, Reading.NOT_ENOUGH, null, null, null, null, List.of());
        }
        return new RuleState(
                rule,
                status,
                reading.sentence(),
                reading.value() == null ? null : reading.value().toDouble(),
                reading.threshold() == null ? null : reading.threshold().toDouble(),
                reading.values(),
                since,
                Objects.requireNonNullElse(reading.evidence(), List.of()));
    }

    private static RuleState disabled(AttentionRule rule) {
        return new RuleState(rule, Status.DISABLED, null, null, null, null, null, List.of());
    }
}
