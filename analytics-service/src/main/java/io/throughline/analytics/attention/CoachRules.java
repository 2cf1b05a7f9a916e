package io.throughline.analytics.attention;

import io.throughline.analytics.session.fold.ReContractOutcome;
import io.throughline.analytics.trends.Fraction;
import io.throughline.analytics.trends.TrendSession;
import java.util.List;

/**
 * The coach rules, over the ended sessions of all the coach's clients in sessionAt order. Windows
 * are the last 10 sessions, or as many as there are; a sentence names how many it read.
 */
final class CoachRules {

    static final int LAST = 10;
    static final String NEEDS_TO_OFFLOAD = "NEEDS_TO_OFFLOAD";

    private static final long MILLIS_PER_MINUTE = 60_000L;
    private static final int SLOWER_BEFORE_AT_LEAST = 5;

    private CoachRules() {}

    static Reading silentDrift(String coach, List<TrendSession> ended, AttentionSettings settings) {
        List<TrendSession> last = last(ended, LAST);
        long n = last.stream().mapToLong(TrendSession::topicShifts).sum();
        var thresholds = settings.silentDrift();
        if (n < thresholds.minShifts() || n == 0) {
            return Reading.notEnough();
        }
        long k = last.stream()
                .mapToLong(session -> session.count(ReContractOutcome.UNRESOLVED))
                .sum();
        Fraction rate = Fraction.of(k, n);
        Fraction atLeast = Fraction.decimal(thresholds.raiseAtLeast());
        return new Reading(
                true,
                rate.isAtLeast(atLeast),
                rate.isBelow(Fraction.decimal(thresholds.clearBelow())),
                rate,
                atLeast,
                Reading.values("k", k, "n", n, "rate", rate),
                k + " of " + coach + "'s " + n + " sidetracks in the last " + last.size()
                        + " sessions were never re-contracted",
                last.stream()
                        .filter(session -> session.count(ReContractOutcome.UNRESOLVED) > 0)
                        .map(session -> new Evidence(
                                session.sessionId(),
                                session.sessionAt(),
                                session.count(ReContractOutcome.UNRESOLVED) + " of " + session.topicShifts()
                                        + " sidetracks never re-contracted"))
                        .toList());
    }

    /** Reads nothing before it could clear: fewer ended sessions than its clear window (5 by default). */
    static Reading contractingGaps(String coach, List<TrendSession> ended, AttentionSettings settings) {
        var thresholds = settings.contractingGaps();
        if (ended.size() < thresholds.clear()) {
            return Reading.notEnough();
        }
        List<TrendSession> last = last(ended, LAST);
        List<TrendSession> without =
                last.stream().filter(session -> !session.agreement()).toList();
        boolean clear = last(ended, thresholds.clear()).stream().allMatch(TrendSession::agreement);
        return new Reading(
                true,
                without.size() >= thresholds.raiseAtLeast(),
                clear,
                Fraction.whole(without.size()),
                Fraction.whole(thresholds.raiseAtLeast()),
                Reading.values("k", without.size(), "n", last.size()),
                coach + " ended " + without.size() + " of the last " + last.size()
                        + " sessions without a session agreement",
                without.stream()
                        .map(session ->
                                new Evidence(session.sessionId(), session.sessionAt(), "ended without an agreement"))
                        .toList());
    }

    /** Over sessions with a timed agreement, leaving out those checked in as needing to offload. */
    static Reading agreementSlower(String coach, List<TrendSession> ended, AttentionSettings settings) {
        List<TrendSession> timed = ended.stream()
                .filter(session -> session.millisToAgreement() != null)
                .filter(session -> !NEEDS_TO_OFFLOAD.equals(session.checkInReadiness()))
                .toList();
        if (timed.size() < LAST + SLOWER_BEFORE_AT_LEAST) {
            return Reading.notEnough();
        }
        List<TrendSession> recent = last(timed, LAST);
        List<TrendSession> before = timed.subList(Math.max(0, timed.size() - 2 * LAST), timed.size() - LAST);
        Fraction m = minutes(recent);
        Fraction m0 = minutes(before);
        var thresholds = settings.agreementSlower();
        Fraction factor = Fraction.decimal(thresholds.raiseFactor());
        boolean raise = m.isAtLeast(Fraction.decimal(thresholds.minMinutes())) && m.isAtLeast(m0.times(factor));
        boolean clear = m.isBelow(m0.times(Fraction.decimal(thresholds.clearBelow())));
        Fraction x = m0.numerator() == 0 ? null : m.dividedBy(m0);
        return new Reading(
                true,
                raise,
                clear,
                x,
                factor,
                Reading.values("m", m, "m0", m0, "x", x),
                coach + " took " + Reading.format(m) + " min to an agreement over the last " + LAST + " sessions, "
                        + (x == null ? "more than" : Reading.format(x) + "×") + " the " + Reading.format(m0)
                        + " min before",
                recent.stream()
                        .map(session -> new Evidence(
                                session.sessionId(),
                                session.sessionAt(),
                                Reading.format(Fraction.of(session.millisToAgreement(), MILLIS_PER_MINUTE))
                                        + " min to an agreement"))
                        .toList());
    }

    private static Fraction minutes(List<TrendSession> sessions) {
        long millis =
                sessions.stream().mapToLong(TrendSession::millisToAgreement).sum();
        return Fraction.of(millis, sessions.size() * MILLIS_PER_MINUTE);
    }

    private static List<TrendSession> last(List<TrendSession> sessions, int count) {
        return sessions.subList(Math.max(0, sessions.size() - count), sessions.size());
    }
}
