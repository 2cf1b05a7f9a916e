package io.throughline.localstack.demo;

import static io.throughline.localstack.demo.DemoSession.Prep.ON_TIME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Twelve weeks of a small coaching practice, written for the demo: three coaches, six clients, weekly
 * or fortnightly sessions. coachee-1's session eight days ago is the article's session, exactly as
 * METRICS.md's worked example. Three stories raise attention flags: coachee-1 keeps parking "A
 * challenge with my boss" (PARKED_TOPIC_RETURNS), coach-2 lets sidetracks drift (SILENT_DRIFT), and
 * coachee-4 cancelled a month ago and has not rebooked (STALLED). The others vary what supervisors look
 * at: re-contract outcomes, a session without an agreement, prep forms on time, late and missed, and
 * one session still to come.
 */
final class DemoPractice extends DemoSchedule {

    static final String ORG = "demo";
    static final String ARTICLE_SESSION = "article-session";

    private final CoachOneClients coachOne;
    private final CoachTwoClients coachTwo;
    private final CoachThreeClients coachThree;
    private final CoachOneFirstWeeks coachOneFirst;
    private final CoachTwoFirstWeeks coachTwoFirst;
    private final CoachThreeFirstWeeks coachThreeFirst;

    DemoPractice(LocalDate today) {
        super(today);
        this.coachOne = new CoachOneClients(today);
        this.coachTwo = new CoachTwoClients(today);
        this.coachThree = new CoachThreeClients(today);
        this.coachOneFirst = new CoachOneFirstWeeks(today);
        this.coachTwoFirst = new CoachTwoFirstWeeks(today);
        this.coachThreeFirst = new CoachThreeFirstWeeks(today);
    }

    List<DemoSession> sessions() {
        List<DemoSession> sessions = new ArrayList<>();
        sessions.add(article());
        sessions.addAll(coachOne.coachee1());
        sessions.addAll(coachOneFirst.coachee1());
        sessions.addAll(coachOne.coachee2());
        sessions.addAll(coachOneFirst.coachee2());
        sessions.addAll(coachTwo.coachee3());
        sessions.addAll(coachTwoFirst.coachee3());
        sessions.addAll(coachTwo.coachee4());
        sessions.addAll(coachThree.coachee5());
        sessions.addAll(coachThreeFirst.coachee5());
        sessions.addAll(coachThree.coachee6());
        sessions.addAll(coachThreeFirst.coachee6());
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
}
