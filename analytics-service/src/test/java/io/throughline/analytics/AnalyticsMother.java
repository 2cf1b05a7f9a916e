package io.throughline.analytics;

import io.throughline.events.CoachingEvent;
import io.throughline.events.EventEnvelope;
import io.throughline.events.PieceCompleted;
import io.throughline.events.PrepFormMissed;
import io.throughline.events.PrepFormRequested;
import io.throughline.events.PrepFormSubmitted;
import io.throughline.events.SessionCancelled;
import io.throughline.events.SessionCheckedIn;
import io.throughline.events.SessionContracted;
import io.throughline.events.SessionEnded;
import io.throughline.events.SessionReContracted;
import io.throughline.events.SessionScheduled;
import io.throughline.events.SessionStarted;
import io.throughline.events.TopicShifted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The module's test data: the article's session, and scripts for writing any other session or prep form. */
public final class AnalyticsMother {

    public static final String ORG = "demo";
    public static final String CLIENT = "coachee-1";
    public static final String COACH = "coach-1";
    public static final String ARTICLE_SESSION = "session-article";
    public static final String TEAM = "The dynamics on my team";

    private AnalyticsMother() {}

    /** 2026-11-23 at the given "HH:mm" (UTC), the day of the article's session. */
    public static Instant at(String time) {
        return Instant.parse("2026-11-23T" + time + ":00Z");
    }

    /** The worked example of METRICS.md: onAgreedTopicShare 52/57, two shifts, one connected. */
    public static SessionScript articleSession() {
        return articleSession(ORG);
    }

    public static SessionScript articleSession(String orgId) {
        return session(orgId, CLIENT, COACH, ARTICLE_SESSION)
                .scheduled(Instant.parse("2026-11-16T09:00:00Z"), at("10:00"))
                .started(at("10:00"))
                .checkedIn(at("10:01"), "NEEDS_TO_OFFLOAD")
                .contracted(
                        at("10:03"),
                        TEAM,
                        "Two solutions I can try this week",
                        "The team is stuck",
                        "What I say in meetings")
                .piece(at("10:33"), "Summary confirmed", "Brainstorm solutions")
                .shift(at("10:40"), "shift-boss", "My boss", "COACH")
                .reContract(at("10:45"), "shift-boss", "RETURN_TO_AGREED", TEAM)
                .shift(at("10:52"), "shift-peer", "A peer", "CLIENT")
                .reContract(at("10:55"), "shift-peer", "CONNECTED_TO_AGREED", TEAM)
                .ended(at("11:00"), "ACHIEVED");
    }

    public static final String OTHER_ORG = "other-org";
    public static final String SECOND_CLIENT = "coachee-2";

    /**
     * Two organisations with every case the figures have to handle. In {@link #ORG}: {@link #CLIENT}
     * with the article's session (prep form on time), a second ended session with an adopted topic, an
     * unresolved and overlapping shifts and a late prep form, a cancelled one and one still running
     * (prep form missed); {@link #SECOND_CLIENT} with an ended session without agreement; both with
     * {@link #COACH}. In {@link #OTHER_ORG}: a client with the same id, which is another client.
     * Expected figures are in the tests that use it.
     */
    public static List<EventEnvelope> twoOrganisations() {
        return twoOrganisations(ORG, OTHER_ORG);
    }

    /** {@link #twoOrganisations()} under other organisation ids, so tests sharing a broker keep apart. */
    public static List<EventEnvelope> twoOrganisations(String org, String otherOrg) {
        List<EventEnvelope> events = new ArrayList<>();
        events.addAll(articleSession(org).events());
        events.addAll(prepForm(org, CLIENT, ARTICLE_SESSION, "prep-article")
                .requested(Instant.parse("2026-11-16T09:00:00Z"), at("10:00"))
                .submitted(Instant.parse("2026-11-22T20:30:00Z"), false)
                .events());
        events.addAll(session(org, CLIENT, COACH, "session-2")
                .scheduled(Instant.parse("2026-11-20T09:00:00Z"), day2("10:00"))
                .started(day2("10:00"))
                .contracted(day2("10:05"), TEAM, "One conversation held", null, null)
                .shift(day2("10:20"), "s2-career", "my boss ", "CLIENT")
                .reContract(day2("10:30"), "s2-career", "ADOPT_NEW_TOPIC", "my boss")
                .shift(day2("10:40"), "s2-budget", "Budget", "COACH")
                .shift(day2("10:45"), "s2-budget-again", "budget", "COACH")
                .reContract(day2("10:50"), "s2-budget-again", "RETURN_TO_AGREED", "my boss")
                .ended(day2("11:00"), "PARTLY")
                .events());
        events.addAll(prepForm(org, CLIENT, "session-2", "prep-2")
                .requested(Instant.parse("2026-11-20T09:00:00Z"), day2("10:00"))
                .submitted(day2("10:10"), true)
                .events());
        events.addAll(session(org, CLIENT, COACH, "session-cancelled")
                .scheduled(Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-25T10:00:00Z"))
                .cancelled(Instant.parse("2026-11-24T18:00:00Z"))
                .events());
        events.addAll(prepForm(org, CLIENT, "session-cancelled", "prep-cancelled")
                .requested(Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-25T10:00:00Z"))
                .events());
        events.addAll(session(org, CLIENT, COACH, "session-running")
                .scheduled(Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-26T10:00:00Z"))
                .started(Instant.parse("2026-11-26T10:00:00Z"))
                .contracted(Instant.parse("2026-11-26T10:02:00Z"), TEAM)
                .shift(Instant.parse("2026-11-26T10:10:00Z"), "running-shift", "Holidays", "CLIENT")
                .events());
        events.addAll(prepForm(org, CLIENT, "session-running", "prep-running")
                .requested(Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-26T10:00:00Z"))
                .missed(Instant.parse("2026-11-26T10:00:00Z"))
                .events());
        events.addAll(session(org, SECOND_CLIENT, COACH, "session-no-agreement")
                .scheduled(Instant.parse("2026-11-20T09:00:00Z"), day2("14:00"))
                .started(day2("14:00"))
                .ended(day2("14:30"), "NOT_ACHIEVED")
                .events());
        events.addAll(session(otherOrg, CLIENT, COACH, "session-elsewhere")
                .scheduled(Instant.parse("2026-11-20T09:00:00Z"), day2("09:00"))
                .started(day2("09:00"))
                .contracted(day2("09:01"), "Elsewhere")
                .shift(day2("09:10"), "elsewhere-shift", "Weather", "CLIENT")
                .ended(day2("10:01"), "ACHIEVED")
                .events());
        return events;
    }

    private static Instant day2(String time) {
        return Instant.parse("2026-11-24T" + time + ":00Z");
    }

    public static SessionScript session(String orgId, String clientId, String coachId, String sessionId) {
        return new SessionScript(orgId, clientId, coachId, sessionId);
    }

    public static PrepFormScript prepForm(String orgId, String clientId, String sessionId, String prepFormId) {
        return new PrepFormScript(orgId, clientId, sessionId, prepFormId);
    }

    private static EventEnvelope envelope(CoachingEvent event, long sequence) {
        return new EventEnvelope(event.subject() + "-" + sequence, sequence, event);
    }

    /** A session's events in the order session-service would publish them, sequences from 0. */
    public static final class SessionScript {
        private final String orgId;
        private final String clientId;
        private final String coachId;
        private final String sessionId;
        private final List<EventEnvelope> events = new ArrayList<>();

        private SessionScript(String orgId, String clientId, String coachId, String sessionId) {
            this.orgId = orgId;
            this.clientId = clientId;
            this.coachId = coachId;
            this.sessionId = sessionId;
        }

        public SessionScript scheduled(Instant bookedAt, Instant scheduledStart) {
            return add(new SessionScheduled(sessionId, orgId, clientId, coachId, scheduledStart, 60, bookedAt));
        }

        public SessionScript started(Instant at) {
            return add(new SessionStarted(sessionId, orgId, clientId, coachId, at));
        }

        public SessionScript checkedIn(Instant at, String readiness) {
            return add(new SessionCheckedIn(sessionId, orgId, clientId, readiness, null, at));
        }

        public SessionScript contracted(Instant at, String topic) {
            return contracted(at, topic, null, null, null);
        }

        public SessionScript contracted(
                Instant at, String topic, String successMeasure, String importance, String toAddress) {
            return add(new SessionContracted(
                    sessionId, orgId, clientId, coachId, topic, successMeasure, importance, toAddress, at));
        }

        public SessionScript shift(Instant at, String shiftId, String topic, String noticedBy) {
            return add(new TopicShifted(sessionId, orgId, clientId, shiftId, null, topic, noticedBy, at));
        }

        public SessionScript reContract(Instant at, String shiftId, String outcome, String agreedTopic) {
            return add(new SessionReContracted(sessionId, orgId, clientId, shiftId, outcome, agreedTopic, null, at));
        }

        public SessionScript piece(Instant at, String summary, String nextStep) {
            return add(new PieceCompleted(sessionId, orgId, clientId, summary, nextStep, at));
        }

        public SessionScript ended(Instant at, String progress) {
            return add(new SessionEnded(sessionId, orgId, clientId, coachId, progress, null, at));
        }

        public SessionScript cancelled(Instant at) {
            return add(new SessionCancelled(sessionId, orgId, clientId, "Client is ill", at));
        }

        public List<EventEnvelope> events() {
            return List.copyOf(events);
        }

        private SessionScript add(CoachingEvent event) {
            events.add(envelope(event, events.size()));
            return this;
        }
    }

    /** A prep form's events in the order prep-form-service would publish them, sequences from 0. */
    public static final class PrepFormScript {
        private final String orgId;
        private final String clientId;
        private final String sessionId;
        private final String prepFormId;
        private final List<EventEnvelope> events = new ArrayList<>();

        private PrepFormScript(String orgId, String clientId, String sessionId, String prepFormId) {
            this.orgId = orgId;
            this.clientId = clientId;
            this.sessionId = sessionId;
            this.prepFormId = prepFormId;
        }

        public PrepFormScript requested(Instant at, Instant dueBy) {
            return add(new PrepFormRequested(prepFormId, orgId, clientId, sessionId, dueBy, at));
        }

        public PrepFormScript submitted(Instant at, boolean late) {
            return add(new PrepFormSubmitted(
                    prepFormId,
                    orgId,
                    clientId,
                    sessionId,
                    late,
                    Map.of("sessionIntent", "Sort out the team dynamics"),
                    at));
        }

        public PrepFormScript missed(Instant at) {
            return add(new PrepFormMissed(prepFormId, orgId, clientId, sessionId, at));
        }

        public List<EventEnvelope> events() {
            return List.copyOf(events);
        }

        private PrepFormScript add(CoachingEvent event) {
            events.add(envelope(event, events.size()));
            return this;
        }
    }
}
