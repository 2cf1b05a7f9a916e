package io.throughline.analytics.projection.model;

import io.throughline.analytics.session.fold.PrepFormFacts;
import io.throughline.analytics.session.fold.PrepFormStatus;
import io.throughline.analytics.session.fold.PrepForms;
import io.throughline.analytics.session.fold.SessionFigures;
import io.throughline.analytics.session.fold.ShiftFigures;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What one session document adds to its client's and its coach's rollups. Rollups are sums of
 * contributions, so a change to a session moves them by (new contribution − old contribution),
 * whatever else the client has: the cost of a write does not grow with the client's sessions.
 * Rates count ended sessions only; prep forms count whatever the session's state.
 *
 * @param coachId null while no event has named the session's coach
 * @param topics  shift topics of an ended session, trimmed, with how often each occurred
 * @param listing where the client's session list shows the session; null for a prep form without one
 */
public record Contribution(
        String orgId,
        String clientId,
        String coachId,
        Map<Counter, Long> counters,
        Map<String, Long> topics,
        Listing listing) {

    /** A listed session: its sort key (epoch milliseconds) and the month it is listed under. */
    public record Listing(String sessionId, long sortKey, String month) {}

    public static Contribution of(SessionDocument document, SessionFigures figures) {
        Map<Counter, Long> counters = new EnumMap<>(Counter.class);
        Map<String, Long> topics = new TreeMap<>();
        for (PrepFormFacts form : document.facts().prepForms()) {
            countPrepForm(counters, form, figures);
        }
        if (figures.status() != null) {
            add(counters, Counter.SESSIONS, 1);
        }
        if (figures.ended()) {
            countEnded(counters, figures);
            figures.shifts().stream()
                    .map(ShiftFigures::topic)
                    .filter(Objects::nonNull)
                    .map(String::strip)
                    .filter(topic -> !topic.isEmpty())
                    .forEach(topic -> topics.merge(topic, 1L, Long::sum));
        }
        boolean listed = figures.status() != null && figures.sortKey() != null;
        return new Contribution(
                document.orgId(),
                document.clientId(),
                figures.coachId(),
                counters,
                topics,
                listed
                        ? new Listing(
                                document.sessionId(), figures.sortKey().toEpochMilli(), Keys.month(figures.sortKey()))
                        : null);
    }

    private static void countPrepForm(Map<Counter, Long> counters, PrepFormFacts form, SessionFigures figures) {
        boolean started = figures.startedAt() != null;
        if (form.requested() != null) {
            add(counters, Counter.PREP_REQUESTED, 1);
            if (started) {
                add(counters, Counter.PREP_DUE, 1);
                if (PrepForms.onTime(form, figures.startedAt())) {
                    add(counters, Counter.PREP_DUE_ON_TIME, 1);
                }
            }
        }
        if (form.submitted() != null) {
            add(counters, Counter.PREP_SUBMITTED, 1);
            if (PrepForms.late(form, figures.startedAt())) {
                add(counters, Counter.PREP_LATE, 1);
            }
        }
        if (form.missed() != null) {
            add(counters, Counter.PREP_MISSED, 1);
        }
    }

    private static void countEnded(Map<Counter, Long> counters, SessionFigures figures) {
        add(counters, Counter.SESSIONS_ENDED, 1);
        add(counters, Counter.TOPIC_SHIFTS, figures.topicShifts());
        if (figures.startedAt() != null) {
            add(
                    counters,
                    Counter.ENDED_SESSION_MILLIS,
                    Duration.between(figures.startedAt(), figures.endedAt()).toMillis());
        }
        for (ShiftFigures shift : figures.shifts()) {
            if (shift.outcome() != null) {
                add(counters, Counter.valueOf(shift.outcome().name()), 1);
                if (shift.reContracted()) {
                    add(counters, Counter.RE_CONTRACT_MILLIS, shift.millisToReContract());
                }
            }
        }
        if (figures.agreement() != null) {
            add(counters, Counter.AGREEMENTS, 1);
            var agreement = figures.agreement();
            add(
                    counters,
                    Counter.AGREEMENT_FIELDS,
                    Stream.of(
                                    agreement.topic(),
                                    agreement.successMeasure(),
                                    agreement.importance(),
                                    agreement.toAddress())
                            .filter(field -> field != null && !field.isBlank())
                            .count());
        }
        if (figures.millisToAgreement() != null) {
            add(counters, Counter.TIMED_AGREEMENTS, 1);
            add(counters, Counter.MILLIS_TO_AGREEMENT, figures.millisToAgreement());
        }
        if (figures.sharePpb() != null) {
            add(counters, Counter.SHARE_SESSIONS, 1);
            add(counters, Counter.SHARE_PPB, figures.sharePpb());
        }
        if (figures.prepForm() == PrepFormStatus.ON_TIME) {
            add(counters, Counter.WITH_PREP_SESSIONS, 1);
            add(counters, Counter.WITH_PREP_SHIFTS, figures.topicShifts());
        }
        if (figures.progress() != null) {
            switch (figures.progress()) {
                case "ACHIEVED" -> add(counters, Counter.ACHIEVED, 1);
                case "PARTLY" -> add(counters, Counter.PARTLY, 1);
                case "NOT_ACHIEVED" -> add(counters, Counter.NOT_ACHIEVED, 1);
                default -> {
                    // a progress value this version does not know counts as no progress check
                }
            }
        }
    }

    private static void add(Map<Counter, Long> counters, Counter counter, long value) {
        if (value != 0) {
            counters.merge(counter, value, Long::sum);
        }
    }
}
