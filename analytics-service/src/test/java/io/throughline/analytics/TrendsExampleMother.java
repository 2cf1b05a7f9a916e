package io.throughline.analytics;

import io.throughline.analytics.AnalyticsMother.SessionScript;
import io.throughline.analytics.projection.model.SessionDocument;
import io.throughline.analytics.session.fold.FactsMerger;
import io.throughline.analytics.session.fold.SessionFacts;
import io.throughline.analytics.trends.TrendSession;
import io.throughline.events.EventEnvelope;
import io.throughline.events.PrepFormEvent;
import io.throughline.events.SessionEvent;
import io.throughline.events.SessionScheduled;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * METRICS.md's worked example of trends: organisation {@code trends-example} in Europe/Amsterdam,
 * coachee-1 with coach-1, seven weekly sessions s1 to s7 (times below are local, CET), each scheduled
 * a week ahead with a prep form requested. s7 is logged on 2025-12-23, after its week closed.
 */
public final class TrendsExampleMother {

    public static final String ORG = "trends-example";
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final String CLIENT = AnalyticsMother.CLIENT;
    public static final String COACH = AnalyticsMother.COACH;
    public static final String TEAM = AnalyticsMother.TEAM;
    /** When the coach logged s7 (the record time of its events but its scheduling). */
    public static final Instant S7_LOGGED = local("2025-12-23T10:00");
    /** The worked example's asOf: 2025-12-29T00:00:00+01:00. */
    public static final Instant AS_OF = local("2025-12-29T00:00");

    private TrendsExampleMother() {}

    /** "yyyy-MM-ddTHH:mm" in Europe/Amsterdam. */
    public static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(ZONE).toInstant();
    }

    /** The events of all seven sessions and their prep forms. */
    public static List<EventEnvelope> events() {
        List<EventEnvelope> events = new ArrayList<>();
        events.addAll(session("s1", "2025-11-03")
                .checkedIn(at("2025-11-03", "10:01"), "NEEDS_TO_OFFLOAD")
                .contracted(
                        at("2025-11-03", "10:03"),
                        TEAM,
                        "Two solutions I can try this week",
                        "The team is stuck",
                        "What I say in meetings")
                .piece(at("2025-11-03", "10:33"), "Summary confirmed", "Brainstorm solutions")
                .shift(at("2025-11-03", "10:40"), "s1-boss", "boss", "COACH")
                .reContract(at("2025-11-03", "10:45"), "s1-boss", "RETURN_TO_AGREED", TEAM)
                .shift(at("2025-11-03", "10:52"), "s1-peer", "peer", "CLIENT")
                .reContract(at("2025-11-03", "10:55"), "s1-peer", "CONNECTED_TO_AGREED", TEAM)
                .ended(at("2025-11-03", "11:00"), "ACHIEVED")
                .events());
        events.addAll(onTime("s1", "2025-11-03"));
        events.addAll(session("s2", "2025-11-10")
                .contracted(at("2025-11-10", "10:05"), TEAM, "One conversation held", null, null)
                .shift(at("2025-11-10", "10:30"), "s2-boss", "boss", "CLIENT")
                .reContract(at("2025-11-10", "10:34"), "s2-boss", "RETURN_TO_AGREED", TEAM)
                .ended(at("2025-11-10", "11:00"), "ACHIEVED")
                .events());
        events.addAll(onTime("s2", "2025-11-10"));
        events.addAll(scheduled("s3", "2025-11-17", "10:00")
                .cancelled(at("2025-11-16", "18:00"))
                .events());
        events.addAll(AnalyticsMother.prepForm(ORG, CLIENT, "s3", "prep-s3")
                .requested(bookedFor("2025-11-17", "10:00"), at("2025-11-17", "10:00"))
                .events());
        events.addAll(session("s4", "2025-11-24")
                .contracted(at("2025-11-24", "10:04"), TEAM, "One conversation held", null, null)
                .shift(at("2025-11-24", "10:20"), "s4-boss", "Boss ", "CLIENT")
                .reContract(at("2025-11-24", "10:30"), "s4-boss", "RETURN_TO_AGREED", TEAM)
                .shift(at("2025-11-24", "10:40"), "s4-holiday", "holiday plans", "CLIENT")
                .ended(at("2025-11-24", "11:00"), "PARTLY")
                .events());
        events.addAll(missed("s4", "2025-11-24"));
        events.addAll(session("s5", "2025-12-01")
                .contracted(at("2025-12-01", "10:06"), TEAM, "One conversation held", null, null)
                .shift(at("2025-12-01", "10:15"), "s5-boss", "boss", "CLIENT")
                .reContract(at("2025-12-01", "10:20"), "s5-boss", "ADOPT_NEW_TOPIC", "boss")
                .shift(at("2025-12-01", "10:35"), "s5-offsite", "team offsite", "CLIENT")
                .reContract(at("2025-12-01", "10:38"), "s5-offsite", "CONNECTED_TO_AGREED", "boss")
                .shift(at("2025-12-01", "10:45"), "s5-budget", "budget", "COACH")
                .reContract(at("2025-12-01", "10:50"), "s5-budget", "RETURN_TO_AGREED", "boss")
                .ended(at("2025-12-01", "11:00"), "NOT_ACHIEVED")
                .events());
        events.addAll(AnalyticsMother.prepForm(ORG, CLIENT, "s5", "prep-s5")
                .requested(bookedFor("2025-12-01", "10:00"), at("2025-12-01", "10:00"))
                .submitted(at("2025-12-01", "10:10"), true)
                .events());
        events.addAll(scheduled("s6", "2025-12-08", "00:30")
                .started(at("2025-12-08", "00:30"))
                .contracted(at("2025-12-08", "00:33"), TEAM, "One conversation held", null, null)
                .shift(at("2025-12-08", "00:50"), "s6-boss", "boss", "CLIENT")
                .reContract(at("2025-12-08", "00:52"), "s6-boss", "RETURN_TO_AGREED", TEAM)
                .shift(at("2025-12-08", "01:05"), "s6-sleep", "sleep", "CLIENT")
                .reContract(at("2025-12-08", "01:10"), "s6-sleep", "CONNECTED_TO_AGREED", TEAM)
                .ended(at("2025-12-08", "01:30"), "PARTLY")
                .events());
        events.addAll(AnalyticsMother.prepForm(ORG, CLIENT, "s6", "prep-s6")
                .requested(bookedFor("2025-12-08", "00:30"), at("2025-12-08", "00:30"))
                .submitted(at("2025-12-07", "20:30"), false)
                .events());
        events.addAll(s7());
        events.addAll(missed("s7", "2025-12-15"));
        return events;
    }

    /** s7's own events: scheduled on 12-09, the rest logged on 12-23. */
    public static List<EventEnvelope> s7() {
        return AnalyticsMother.session(ORG, CLIENT, COACH, "s7")
                .scheduled(at("2025-12-09", "09:00"), at("2025-12-15", "10:00"))
                .started(at("2025-12-15", "10:00"))
                .contracted(at("2025-12-15", "10:03"), TEAM, "One conversation held", null, null)
                .shift(at("2025-12-15", "10:20"), "s7-holiday", "holiday plans", "CLIENT")
                .reContract(at("2025-12-15", "10:25"), "s7-holiday", "RETURN_TO_AGREED", TEAM)
                .shift(at("2025-12-15", "10:30"), "s7-boss", "boss", "CLIENT")
                .shift(at("2025-12-15", "10:40"), "s7-budget", "budget", "COACH")
                .ended(at("2025-12-15", "10:50"), "NOT_ACHIEVED")
                .events();
    }

    /** The events as they stood before the coach logged s7: only its scheduling (and its form's). */
    public static List<EventEnvelope> beforeS7IsLogged() {
        return events().stream()
                .filter(envelope -> !(envelope.event() instanceof SessionEvent event)
                        || !event.sessionId().equals("s7")
                        || event instanceof SessionScheduled)
                .toList();
    }

    /**
     * Folds the events per session (in whatever order and with whatever duplicates) into the trends'
     * input. A session's record time is its latest event's occurredAt, s7's its logging.
     */
    public static List<TrendSession> sessions(List<EventEnvelope> events) {
        Map<String, Instant> recorded = new LinkedHashMap<>();
        for (EventEnvelope envelope : events) {
            recorded.merge(ORG + "/" + sessionId(envelope), recordedAt(envelope), (a, b) -> a.isAfter(b) ? a : b);
        }
        return documents(events).stream()
                .flatMap(document -> TrendSession.of(document, recorded.get(document.id())).stream())
                .sorted(Comparator.comparing(TrendSession::sessionId))
                .toList();
    }

    /** When an event was recorded (its Kafka record time): when it happened, s7's but its scheduling when logged. */
    public static Instant recordedAt(EventEnvelope envelope) {
        return "s7".equals(sessionId(envelope))
                        && envelope.event() instanceof SessionEvent
                        && !(envelope.event() instanceof SessionScheduled)
                ? S7_LOGGED
                : envelope.event().occurredAt();
    }

    /** Any events merged into one document per organisation and session, ordered by id. */
    public static List<SessionDocument> documents(List<EventEnvelope> events) {
        Map<String, SessionDocument> documents = new TreeMap<>();
        for (EventEnvelope envelope : events) {
            String id = envelope.event().orgId() + "/" + sessionId(envelope);
            SessionDocument document = documents.getOrDefault(
                    id,
                    new SessionDocument(
                            id,
                            envelope.event().orgId(),
                            envelope.event().clientId(),
                            sessionId(envelope),
                            SessionFacts.none()));
            documents.put(
                    id,
                    new SessionDocument(
                            id,
                            document.orgId(),
                            document.clientId(),
                            document.sessionId(),
                            FactsMerger.merge(document.facts(), envelope)));
        }
        return List.copyOf(documents.values());
    }

    private static String sessionId(EventEnvelope envelope) {
        return switch (envelope.event()) {
            case SessionEvent event -> event.sessionId();
            case PrepFormEvent event -> event.sessionId();
        };
    }

    private static Instant at(String date, String time) {
        return local(date + "T" + time);
    }

    private static Instant bookedFor(String date, String time) {
        return at(date, time).minus(java.time.Duration.ofDays(7));
    }

    private static SessionScript scheduled(String sessionId, String date, String time) {
        return AnalyticsMother.session(ORG, CLIENT, COACH, sessionId).scheduled(bookedFor(date, time), at(date, time));
    }

    /** Scheduled a week ahead for 10:00 and started on time. */
    private static SessionScript session(String sessionId, String date) {
        return scheduled(sessionId, date, "10:00").started(at(date, "10:00"));
    }

    private static List<EventEnvelope> onTime(String sessionId, String date) {
        return AnalyticsMother.prepForm(ORG, CLIENT, sessionId, "prep-" + sessionId)
                .requested(bookedFor(date, "10:00"), at(date, "10:00"))
                .submitted(at(date, "10:00").minus(java.time.Duration.ofHours(13)), false)
                .events();
    }

    private static List<EventEnvelope> missed(String sessionId, String date) {
        return AnalyticsMother.prepForm(ORG, CLIENT, sessionId, "prep-" + sessionId)
                .requested(bookedFor(date, "10:00"), at(date, "10:00"))
                .missed(at(date, "10:00"))
                .events();
    }
}
