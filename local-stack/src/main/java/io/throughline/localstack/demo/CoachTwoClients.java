package io.throughline.localstack.demo;

import static io.throughline.localstack.demo.DemoSession.Prep.LATE;
import static io.throughline.localstack.demo.DemoSession.Prep.MISSED;
import static io.throughline.localstack.demo.DemoSession.Prep.ON_TIME;

import java.time.LocalDate;
import java.util.List;

/** coach-2's sessions: coachee-3's last four weeks of silent drift, and coachee-4, who stalled. */
final class CoachTwoClients extends DemoSchedule {

    CoachTwoClients(LocalDate today) {
        super(today);
    }

    List<DemoSession> coachee3() {
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

    /**
     * coachee-4 met weekly for two months, then cancelled for a trip and never rebooked: with nothing
     * scheduled and the last session more than 28 days ago, STALLED is raised for coachee-4.
     */
    List<DemoSession> coachee4() {
        return List.of(
                DemoSession.of(
                                "demo-c4-w12",
                                "coachee-4",
                                "coach-2",
                                at(82, 16, 0),
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
                        .reContract(31, 0, "RETURN_TO_AGREED", "Noted; back to the plan")
                        .piece(50, "Outline of the first 30 days", "Fill in days 31–90")
                        .end(60, "PARTLY", null),
                DemoSession.of("demo-c4-w11", "coachee-4", "coach-2", at(75, 16, 0), ON_TIME, answers("90-day plan"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(3, "Finishing the 90-day plan", "Days 31–90 filled in", null, null)
                        .shift(30, "My predecessor", "CLIENT")
                        .reContract(33, 0, "RETURN_TO_AGREED", null)
                        .end(60, "ACHIEVED", "Plan done"),
                DemoSession.of("demo-c4-w10", "coachee-4", "coach-2", at(68, 16, 0), ON_TIME, answers("Stakeholders"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(3, "Mapping my stakeholders", "A map with five names", "I can't do this alone", null)
                        .shift(22, "imposter feelings", "COACH")
                        .reContract(26, 0, "CONNECTED_TO_AGREED", "Confidence with senior stakeholders")
                        .end(60, "ACHIEVED", "Great map"),
                DemoSession.of("demo-c4-w8", "coachee-4", "coach-2", at(54, 16, 0), ON_TIME, answers("Peers"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(4, "Building trust with my peers", "One lunch with each peer", null, null)
                        .shift(35, "Rumours of a reorganisation", "CLIENT")
                        .reContract(38, 0, "CONNECTED_TO_AGREED", "The peers are nervous about it too")
                        .end(60, "ACHIEVED", null),
                DemoSession.of(
                                "demo-c4-w7",
                                "coachee-4",
                                "coach-2",
                                at(47, 16, 0),
                                LATE,
                                answers("First board meeting"))
                        .start(0)
                        .checkIn(2, "READY", null)
                        .agree(
                                5,
                                "My first board meeting",
                                "A clear opening statement",
                                "The board decides my budget",
                                null)
                        .shift(33, "Imposter feelings", "CLIENT")
                        .end(60, "PARTLY", null),
                DemoSession.of("demo-c4-w6", "coachee-4", "coach-2", at(40, 16, 0), ON_TIME, answers("After the board"))
                        .start(0)
                        .checkIn(1, "READY", "The board went well")
                        .agree(3, "What the board asked of me", "Two priorities for the quarter", null, null)
                        .shift(25, "A budget cut", "CLIENT")
                        .reContract(28, 0, "RETURN_TO_AGREED", null)
                        .end(60, "ACHIEVED", null),
                DemoSession.of("demo-c4-w5", "coachee-4", "coach-2", at(33, 16, 0), ON_TIME, answers("A deputy"))
                        .start(0)
                        .checkIn(1, "READY", "Travelling a lot next month")
                        .agree(4, "Hiring a deputy", "The role described", "I cannot be everywhere", null)
                        .shift(52, "Travel plans", "CLIENT")
                        .end(60, "PARTLY", null),
                DemoSession.of("demo-c4-trip", "coachee-4", "coach-2", at(26, 16, 0), MISSED, answers(null))
                        .cancel(at(26, 8, 30), "Client travelling; will rebook"));
    }
}
