package io.throughline.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One example of every event type: the session of the article, and its client's prep form. */
final class EventMother {

    static final String ORG = "demo";
    static final String CLIENT = "coachee-1";
    static final String COACH = "coach-1";
    static final String SESSION = "session-article";
    static final String PREP_FORM = "prep-article";

    private EventMother() {}

    static List<EventEnvelope> everyType() {
        List<CoachingEvent> events = List.of(
                new SessionScheduled(
                        SESSION, ORG, CLIENT, COACH, at("10:00"), 60, Instant.parse("2026-11-16T09:00:00Z")),
                new SessionStarted(SESSION, ORG, CLIENT, COACH, at("10:00")),
                new SessionCheckedIn(
                        SESSION, ORG, CLIENT, "NEEDS_TO_OFFLOAD", "Not his usual positive answer", at("10:01")),
                new SessionContracted(
                        SESSION,
                        ORG,
                        CLIENT,
                        COACH,
                        "The dynamics on my team",
                        "Two solutions I can try this week",
                        "The team is stuck",
                        "What I say in meetings",
                        at("10:03")),
                new PieceCompleted(SESSION, ORG, CLIENT, "Summary confirmed", "Brainstorm solutions", at("10:33")),
                new TopicShifted(
                        SESSION, ORG, CLIENT, "shift-1", "The dynamics on my team", "My boss", "COACH", at("10:40")),
                new SessionReContracted(
                        SESSION,
                        ORG,
                        CLIENT,
                        "shift-1",
                        "RETURN_TO_AGREED",
                        "The dynamics on my team",
                        "Back to the brainstorming",
                        at("10:45")),
                new SessionEnded(
                        SESSION, ORG, CLIENT, COACH, "ACHIEVED", "Thanks for keeping me on track", at("11:00")),
                new SessionCancelled("session-2", ORG, CLIENT, "Client is ill", at("09:00")),
                new PrepFormRequested(
                        PREP_FORM, ORG, CLIENT, SESSION, at("10:00"), Instant.parse("2026-11-16T09:00:00Z")),
                new PrepFormSubmitted(
                        PREP_FORM,
                        ORG,
                        CLIENT,
                        SESSION,
                        false,
                        Map.of(
                                "wins",
                                "Shipped the release",
                                "notDone",
                                "The 1:1s",
                                "learned",
                                "I avoid conflict",
                                "challenges",
                                "My team",
                                "sessionIntent",
                                "Sort out the team dynamics"),
                        Instant.parse("2026-11-22T20:30:00Z")),
                new PrepFormMissed("prep-2", ORG, CLIENT, "session-3", at("09:00")));
        return events.stream()
                .map(event -> new EventEnvelope(
                        "event-" + CoachingEventType.of(event).ordinal(),
                        CoachingEventType.of(event).ordinal(),
                        event))
                .toList();
    }

    static EventEnvelope example(CoachingEventType type) {
        return everyType().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    private static Instant at(String time) {
        return Instant.parse("2026-11-23T" + time + ":00Z");
    }
}
