package io.throughline.analytics.attention;

import io.throughline.analytics.attention.AttentionSettings.Counted;
import io.throughline.analytics.session.fold.PrepFormStatus;
import io.throughline.analytics.session.fold.SessionFigures;
import io.throughline.analytics.trends.Fraction;
import io.throughline.analytics.trends.TrendSession;
import java.util.ArrayList;
import java.util.List;

/**
 * The client rules read over the client's ended sessions in sessionAt order, as they stood after the
 * last of them. Each needs its window full ("the last 3") before it reads anything but "not enough
 * sessions".
 */
final class ClientRules {

    static final int LAST = 3;
    static final int BEFORE_AT_MOST = 6;
    private static final String NOT_ACHIEVED = "NOT_ACHIEVED";

    private ClientRules() {}

    static Reading sidetracksRising(String client, List<TrendSession> ended, AttentionSettings settings) {
        if (ended.size() < 2 * LAST) {
            return Reading.notEnough();
        }
        List<TrendSession> recent = ended.subList(ended.size() - LAST, ended.size());
        List<TrendSession> before =
                ended.subList(Math.max(0, ended.size() - LAST - BEFORE_AT_MOST), ended.size() - LAST);
        Fraction r = Fraction.of(shifts(recent), recent.size());
        Fraction p = Fraction.of(shifts(before), before.size());
        var thresholds = settings.sidetracksRising();
        Fraction needed = p.plus(Fraction.decimal(thresholds.raiseBy()));
        Fraction atLeast = Fraction.decimal(thresholds.raiseAtLeast());
        boolean raise = r.isAtLeast(needed) && r.isAtLeast(atLeast);
        boolean clear = r.minus(p).isBelow(Fraction.decimal(thresholds.clearBy()))
                || r.isBelow(Fraction.decimal(thresholds.clearBelow()));
        List<Evidence> evidence = new ArrayList<>();
        for (TrendSession session : before) {
            evidence.add(new Evidence(
                    session.sessionId(), session.sessionAt(), session.topicShifts() + " sidetracks, before"));
        }
        for (TrendSession session : recent) {
            evidence.add(new Evidence(session.sessionId(), session.sessionAt(), session.topicShifts() + " sidetracks"));
        }
        return new Reading(
                true,
                raise,
                clear,
                r,
                needed.isAtLeast(atLeast) ? needed : atLeast,
                Reading.values("r", r, "p", p, "n", before.size()),
                client + " had " + Reading.format(r) + " sidetracks per session in the last " + LAST
                        + " sessions, up from " + Reading.format(p) + " in the " + before.size() + " before",
                evidence);
    }

    static Reading offAgreedTopic(String client, List<TrendSession> ended, AttentionSettings settings) {
        List<TrendSession> shared =
                ended.stream().filter(session -> session.sharePpb() != null).toList();
        if (shared.size() < LAST) {
            return Reading.notEnough();
        }
        List<TrendSession> last = shared.subList(shared.size() - LAST, shared.size());
        long ppb = last.stream().mapToLong(TrendSession::sharePpb).sum();
        Fraction s = Fraction.of(ppb, LAST * SessionFigures.BILLION);
        Fraction below = Fraction.decimal(settings.offAgreedTopic().raiseBelow());
        List<Evidence> evidence = last.stream()
                .map(session -> new Evidence(
                        session.sessionId(),
                        session.sessionAt(),
                        "on the agreed topic "
                                + Reading.format(Fraction.of(session.sharePpb(), SessionFigures.BILLION))))
                .toList();
        return new Reading(
                true,
                s.isBelow(below),
                s.isAtLeast(Fraction.decimal(settings.offAgreedTopic().clearAtLeast())),
                s,
                below,
                Reading.values("s", s),
                client + " spent " + Reading.format(s) + " of the last " + LAST
                        + " sessions on the agreed topic or connected context",
                evidence);
    }

    static Reading prepNotOnTime(String client, List<TrendSession> ended, AttentionSettings settings) {
        List<TrendSession> due = ended.stream()
                .filter(session -> session.prepDue() && session.prepForm() != PrepFormStatus.NONE)
                .toList();
        if (due.size() < LAST) {
            return Reading.notEnough();
        }
        List<TrendSession> last = due.subList(due.size() - LAST, due.size());
        List<TrendSession> notOnTime = last.stream()
                .filter(session -> session.prepForm() != PrepFormStatus.ON_TIME)
                .toList();
        Counted thresholds = settings.prepNotOnTime();
        boolean clear = due.size() >= thresholds.clear()
                && due.subList(due.size() - thresholds.clear(), due.size()).stream()
                        .allMatch(session -> session.prepForm() == PrepFormStatus.ON_TIME);
        return new Reading(
                true,
                notOnTime.size() >= thresholds.raiseAtLeast(),
                clear,
                Fraction.whole(notOnTime.size()),
                Fraction.whole(thresholds.raiseAtLeast()),
                Reading.values("k", notOnTime.size()),
                client + "'s prep form was late or missing for " + notOnTime.size() + " of the last " + LAST
                        + " sessions it was due",
                notOnTime.stream()
                        .map(session -> new Evidence(
                                session.sessionId(), session.sessionAt(), "prep form " + session.prepForm()))
                        .toList());
    }

    static Reading noProgress(String client, List<TrendSession> ended, AttentionSettings settings) {
        if (ended.size() < LAST) {
            return Reading.notEnough();
        }
        List<TrendSession> last = ended.subList(ended.size() - LAST, ended.size());
        List<TrendSession> notAchieved = last.stream()
                .filter(session -> NOT_ACHIEVED.equals(session.progress()))
                .toList();
        Counted thresholds = settings.noProgress();
        boolean clear = ended.size() >= thresholds.clear()
                && ended.subList(ended.size() - thresholds.clear(), ended.size()).stream()
                        .noneMatch(session -> NOT_ACHIEVED.equals(session.progress()));
        return new Reading(
                true,
                notAchieved.size() >= thresholds.raiseAtLeast(),
                clear,
                Fraction.whole(notAchieved.size()),
                Fraction.whole(thresholds.raiseAtLeast()),
                Reading.values("k", notAchieved.size()),
                client + "'s sessions ended NOT_ACHIEVED in " + notAchieved.size() + " of the last " + LAST,
                notAchieved.stream()
                        .map(session -> new Evidence(session.sessionId(), session.sessionAt(), "ended " + NOT_ACHIEVED))
                        .toList());
    }

    private static long shifts(List<TrendSession> sessions) {
        return sessions.stream().mapToLong(TrendSession::topicShifts).sum();
    }
}
