package io.throughline.localstack.demo;

import static io.throughline.localstack.demo.DemoSession.Prep.LATE;
import static io.throughline.localstack.demo.DemoSession.Prep.MISSED;
import static io.throughline.localstack.demo.DemoSession.Prep.ON_TIME;

import java.time.LocalDate;
import java.util.List;

/** coach-2's sessions: coachee-3's silent drift, and coachee-4's cancellation. */
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

    List<DemoSession> coachee4() {
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
}
