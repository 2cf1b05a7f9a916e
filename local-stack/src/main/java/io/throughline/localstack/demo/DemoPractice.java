package io.throughline.localstack.demo;

import static io.throughline.localstack.demo.DemoSession.Prep.LATE;
import static io.throughline.localstack.demo.DemoSession.Prep.MISSED;
import static io.throughline.localstack.demo.DemoSession.Prep.ON_TIME;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Four weeks of a small coaching practice, written for the demo: three coaches, six clients, weekly
 * sessions. coachee-1's session eight days ago is the article's session, exactly as METRICS.md's
 * worked example. The others vary what supervisors look at: sidetracks that recur, re-contract
 * outcomes, silent drift, a session without an agreement, a cancellation, prep forms on time, late
 * and missed, and one session still to come.
 */
final class DemoPractice {

    static final String ORG = "demo";
    static final String ARTICLE_SESSION = "article-session";

    private final LocalDate today;

    DemoPractice(LocalDate today) {
        this.today = today;
    }

    List<DemoSession> sessions() {
        List<DemoSession> sessions = new ArrayList<>();
        sessions.add(article());
        sessions.addAll(coachee1());
        sessions.addAll(coachee2());
        sessions.addAll(coachee3());
        sessions.addAll(coachee4());
        sessions.addAll(coachee5());
        sessions.addAll(coachee6());
        return sessions;
    }

    /** The article: check-in, a long offload, a summary, the boss, back to the team, a peer as context. */
    DemoSession article() {
        return DemoSession.of(
                        ARTICLE_SESSION,
                        "coachee-1",
                        "coach-1",
                        at(8, 10, 0),
                        ON_TIME,
                        Map.of(
                                "wins", "Shipped the quarterly release with the team",
                                "notDone", "The one-to-ones I meant to hold",
                                "learned", "I avoid conflict on the team longer than I should",
                                "challenges", "The dysfunctional dynamics on my team",
                                "sessionIntent", "Find a way to get my team working together again"))
                .start(0)
                .checkIn(
                        0,
                        "NEEDS_TO_OFFLOAD",
                        "\"OK\" — not his usual positive answer; needs to get something off his chest")
                .agree(
                        3,
                        "The dynamics on my team",
                        "Two solutions I can try with the team this week",
                        "The team is stuck and it shows in our delivery",
                        "What happens in our team meetings")
                .piece(33, "Summary of the team dynamics confirmed, with a couple of tweaks", "Brainstorm solutions")
                .shift(40, "A challenge with my boss", "COACH")
                .reContract(45, 0, "RETURN_TO_AGREED", "He chose to go back to brainstorming about the team")
                .shift(52, "A tough patch with a peer", "COACH")
                .reContract(
                        55, 1, "CONNECTED_TO_AGREED", "Context he needed to introduce another solution for the team")
                .end(60, "ACHIEVED", "Thanks for keeping me on track");
    }

    private List<DemoSession> coachee1() {
        return List.of(
                DemoSession.of("demo-c1-w4", "coachee-1", "coach-1", at(29, 10, 0), ON_TIME, answers("Delegating more"))
                        .start(0)
                        .checkIn(1, "READY", "Keen to start")
                        .agree(
                                4,
                                "Delegating to my team",
                                "One task handed over by Friday",
                                "I am the bottleneck",
                                "My need for control")
                        .shift(22, "My boss", "CLIENT")
                        .reContract(25, 0, "RETURN_TO_AGREED", "Back to delegation")
                        .piece(40, "Picked the task to hand over", "Talk to Sam on Monday")
                        .end(58, "ACHIEVED", "Clear next step"),
                DemoSession.of(
                                "demo-c1-w3",
                                "coachee-1",
                                "coach-1",
                                at(22, 10, 0),
                                LATE,
                                answers("Preparing the reorganisation"))
                        .start(0)
                        .checkIn(1, "DISTRACTED", "Reorganisation news this morning")
                        .agree(
                                6,
                                "Preparing the reorganisation",
                                "A plan for telling the team",
                                "People are anxious",
                                null)
                        .shift(20, "my boss ", "COACH")
                        .reContract(27, 0, "CONNECTED_TO_AGREED", "The boss sets the timeline")
                        .shift(41, "Holiday plans", "CLIENT")
                        .reContract(43, 1, "RETURN_TO_AGREED", "Not today")
                        .end(60, "PARTLY", "Need another session on this"),
                DemoSession.of(
                        "demo-c1-next",
                        "coachee-1",
                        "coach-1",
                        at(-6, 10, 0),
                        ON_TIME,
                        answers("Follow-up on the team")));
    }

    private List<DemoSession> coachee2() {
        return List.of(
                DemoSession.of(
                                "demo-c2-w4",
                                "coachee-2",
                                "coach-1",
                                at(28, 14, 0),
                                ON_TIME,
                                answers("Speaking up in leadership meetings"))
                        .start(0)
                        .checkIn(2, "READY", null)
                        .agree(
                                5,
                                "Finding my voice in leadership meetings",
                                "Say one thing I disagree with",
                                "I am invisible there",
                                "My fear of being wrong")
                        .shift(30, "My workload", "CLIENT")
                        .reContract(34, 0, "RETURN_TO_AGREED", "Workload another time")
                        .end(60, "ACHIEVED", "Useful"),
                DemoSession.of("demo-c2-w3", "coachee-2", "coach-1", at(21, 14, 0), ON_TIME, answers("Meetings again"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(
                                4,
                                "Finding my voice in leadership meetings",
                                "Prepare two points for Tuesday",
                                null,
                                null)
                        .shift(18, "A career move", "CLIENT")
                        .reContract(24, 0, "ADOPT_NEW_TOPIC", "An offer came in; that matters more today")
                        .piece(45, "Listed what the offer changes", "Talk to my partner")
                        .end(60, "PARTLY", "Glad we switched"),
                DemoSession.of("demo-c2-w2", "coachee-2", "coach-1", at(14, 14, 0), MISSED, answers(null))
                        .start(0)
                        .checkIn(3, "DISTRACTED", "Just came out of a meeting")
                        .agree(
                                9,
                                "Deciding about the career move",
                                "A decision by the end of the month",
                                "It is a big step",
                                "What I would miss")
                        .shift(35, "my workload", "COACH")
                        .reContract(38, 0, "RETURN_TO_AGREED", null)
                        .end(60, "PARTLY", null),
                DemoSession.of("demo-c2-w1", "coachee-2", "coach-1", at(7, 14, 0), ON_TIME, answers("Decision made"))
                        .start(0)
                        .checkIn(1, "READY", "Decided to stay")
                        .agree(
                                3,
                                "Making the most of staying",
                                "Three things I want from my role",
                                "Staying should be a choice",
                                null)
                        .end(55, "ACHIEVED", "Feels settled"));
    }

    private List<DemoSession> coachee3() {
        return List.of(
                DemoSession.of("demo-c3-w4", "coachee-3", "coach-2", at(27, 9, 0), MISSED, answers(null))
                        .start(0)
                        .checkIn(2, "NEEDS_TO_OFFLOAD", "A rough week at home")
                        .agree(14, "Work-life balance", "Leave at six twice this week", null, null)
                        .shift(25, "My boss", "CLIENT")
                        .shift(38, "A family holiday", "CLIENT")
                        .end(60, "NOT_ACHIEVED", "We talked a lot"),
                DemoSession.of("demo-c3-w3", "coachee-3", "coach-2", at(20, 9, 0), ON_TIME, answers("Evenings"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(5, "Work-life balance", "Protect two evenings", "My health", null)
                        .shift(20, "My workload", "CLIENT")
                        .reContract(32, 0, "CONNECTED_TO_AGREED", "Workload is why the evenings vanish")
                        .shift(44, "My boss", "CLIENT")
                        .end(60, "PARTLY", null),
                DemoSession.of(
                                "demo-c3-w2",
                                "coachee-3",
                                "coach-2",
                                at(13, 9, 0),
                                LATE,
                                answers("My boss's expectations"))
                        .start(0)
                        .checkIn(2, "DISTRACTED", null)
                        .agree(8, "Saying no to my boss", "One request declined politely", null, null)
                        .shift(15, "my workload", "CLIENT")
                        .shift(30, "A family holiday", "CLIENT")
                        .reContract(36, 1, "RETURN_TO_AGREED", null)
                        .end(60, "NOT_ACHIEVED", null),
                DemoSession.of("demo-c3-w1", "coachee-3", "coach-2", at(6, 9, 0), MISSED, answers(null))
                        .start(0)
                        .agree(12, "Saying no to my boss", null, null, null)
                        .shift(20, "My workload", "CLIENT")
                        .end(58, "PARTLY", null));
    }

    private List<DemoSession> coachee4() {
        return List.of(
                DemoSession.of(
                                "demo-c4-w4",
                                "coachee-4",
                                "coach-2",
                                at(26, 16, 0),
                                ON_TIME,
                                answers("Starting as director"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(
                                4,
                                "Stepping into the director role",
                                "A 90-day plan outline",
                                "First impressions count",
                                "Who I need on my side")
                        .shift(28, "Imposter feelings", "CLIENT")
                        .piece(50, "Outline of the first 30 days", "Fill in days 31–90")
                        .end(60, "PARTLY", null),
                DemoSession.of("demo-c4-w3", "coachee-4", "coach-2", at(19, 16, 0), ON_TIME, answers("90-day plan"))
                        .cancel(at(19, 8, 30), "Client travelling; rebooked"),
                DemoSession.of("demo-c4-w2", "coachee-4", "coach-2", at(12, 16, 0), ON_TIME, answers("Stakeholders"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(3, "Mapping my stakeholders", "A map with five names", "I can't do this alone", null)
                        .shift(22, "imposter feelings", "COACH")
                        .reContract(26, 0, "CONNECTED_TO_AGREED", "Confidence with senior stakeholders")
                        .end(60, "ACHIEVED", "Great map"),
                DemoSession.of("demo-c4-w1", "coachee-4", "coach-2", at(5, 16, 0), LATE, answers("First board meeting"))
                        .start(0)
                        .checkIn(2, "READY", null)
                        .agree(
                                5,
                                "My first board meeting",
                                "A clear opening statement",
                                "The board decides my budget",
                                null)
                        .shift(33, "Imposter feelings", "CLIENT")
                        .end(60, "PARTLY", null));
    }

    private List<DemoSession> coachee5() {
        return List.of(
                DemoSession.of(
                                "demo-c5-w4",
                                "coachee-5",
                                "coach-3",
                                at(25, 11, 0),
                                ON_TIME,
                                answers("Feedback to Alex"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(2, "Giving difficult feedback", "A script for the talk with Alex", null, null)
                        .shift(26, "A conflict with HR", "CLIENT")
                        .reContract(28, 0, "RETURN_TO_AGREED", null)
                        .end(55, "ACHIEVED", null),
                DemoSession.of("demo-c5-w3", "coachee-5", "coach-3", at(18, 11, 0), ON_TIME, answers("After the talk"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(2, "Following up the feedback talk", "Agree a check-in rhythm with Alex", null, null)
                        .end(45, "ACHIEVED", null),
                DemoSession.of("demo-c5-w2", "coachee-5", "coach-3", at(11, 11, 0), MISSED, answers(null))
                        .start(0)
                        .checkIn(4, "DISTRACTED", null)
                        .agree(6, "Handling the conflict with HR", "Know what I want from HR", null, null)
                        .shift(30, "A conflict with HR", "COACH")
                        .reContract(31, 0, "CONNECTED_TO_AGREED", "The same conflict from another side")
                        .end(60, "PARTLY", null),
                DemoSession.of("demo-c5-w1", "coachee-5", "coach-3", at(4, 11, 0), ON_TIME, answers("Team offsite"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(2, "Planning the team offsite", "An agenda draft", "The team needs a reset", null)
                        .end(50, "ACHIEVED", null));
    }

    private List<DemoSession> coachee6() {
        return List.of(
                DemoSession.of("demo-c6-w4", "coachee-6", "coach-3", at(24, 13, 0), ON_TIME, answers("New team"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(3, "Building a new team", "Roles for the first three hires", null, null)
                        .shift(21, "The hiring budget", "CLIENT")
                        .reContract(23, 0, "RETURN_TO_AGREED", null)
                        .end(60, "ACHIEVED", null),
                DemoSession.of("demo-c6-w2", "coachee-6", "coach-3", at(10, 13, 0), LATE, answers("Hiring"))
                        .start(0)
                        .checkIn(1, "READY", "Straight into it")
                        .piece(40, "Shortlist reviewed", "Second interviews")
                        .end(60, "PARTLY", null),
                DemoSession.of("demo-c6-w1", "coachee-6", "coach-3", at(3, 13, 0), ON_TIME, answers("Onboarding"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(
                                2,
                                "Onboarding the first hires",
                                "A first-week plan",
                                "First weeks shape the team",
                                "Buddy system")
                        .shift(30, "the hiring budget", "COACH")
                        .reContract(32, 0, "RETURN_TO_AGREED", null)
                        .end(60, "ACHIEVED", "Ready for Monday"));
    }

    /** {@code daysAgo} days before today at the given UTC time; negative days are ahead. */
    private Instant at(int daysAgo, int hour, int minute) {
        return today.minusDays(daysAgo).atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
    }

    private static Map<String, String> answers(String intent) {
        if (intent == null) {
            return Map.of();
        }
        return Map.of(
                "wins",
                "A small win at work",
                "notDone",
                "Exercise",
                "learned",
                "I need more focus time",
                "challenges",
                "Too many meetings",
                "sessionIntent",
                intent);
    }
}
