package io.throughline.localstack.demo;

import static io.throughline.localstack.demo.DemoSession.Prep.LATE;
import static io.throughline.localstack.demo.DemoSession.Prep.MISSED;
import static io.throughline.localstack.demo.DemoSession.Prep.ON_TIME;

import java.time.LocalDate;
import java.util.List;

/** coach-1's last four weeks besides the article: coachee-1's weeks around it, and coachee-2's change of topic. */
final class CoachOneClients extends DemoSchedule {

    CoachOneClients(LocalDate today) {
        super(today);
    }

    List<DemoSession> coachee1() {
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

    List<DemoSession> coachee2() {
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
}
