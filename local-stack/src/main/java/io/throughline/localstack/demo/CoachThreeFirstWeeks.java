package io.throughline.localstack.demo;

import static io.throughline.localstack.demo.DemoSession.Prep.LATE;
import static io.throughline.localstack.demo.DemoSession.Prep.ON_TIME;

import java.time.LocalDate;
import java.util.List;

/** coach-3's first weeks: coachee-5 and coachee-6 every other week, each sidetrack re-contracted. */
final class CoachThreeFirstWeeks extends DemoSchedule {

    CoachThreeFirstWeeks(LocalDate today) {
        super(today);
    }

    List<DemoSession> coachee5() {
        return List.of(
                DemoSession.of("demo-c5-w11", "coachee-5", "coach-3", at(74, 11, 0), ON_TIME, answers("A new manager"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(3, "Managing managers for the first time", "What I stop doing myself", null, null)
                        .end(55, "ACHIEVED", null),
                DemoSession.of("demo-c5-w9", "coachee-5", "coach-3", at(60, 11, 0), ON_TIME, answers("Alex"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(2, "Alex's performance", "What good looks like for Alex", "The team carries him", null)
                        .shift(35, "Office move", "CLIENT")
                        .reContract(37, 0, "RETURN_TO_AGREED", null)
                        .end(60, "ACHIEVED", null),
                DemoSession.of("demo-c5-w7", "coachee-5", "coach-3", at(46, 11, 0), LATE, answers("HR"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(3, "Alex's performance", "The facts written down", null, null)
                        .shift(20, "A conflict with HR", "CLIENT")
                        .reContract(24, 0, "CONNECTED_TO_AGREED", "HR wants a formal process for Alex")
                        .end(60, "PARTLY", null),
                DemoSession.of("demo-c5-w5", "coachee-5", "coach-3", at(32, 11, 0), ON_TIME, answers("Feedback"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(2, "Preparing the feedback for Alex", "The three points I will make", null, null)
                        .end(50, "ACHIEVED", "Ready"));
    }

    List<DemoSession> coachee6() {
        return List.of(
                DemoSession.of("demo-c6-w12", "coachee-6", "coach-3", at(80, 13, 0), ON_TIME, answers("A new job"))
                        .start(0)
                        .checkIn(1, "READY", "Starting next month")
                        .agree(3, "Preparing for the new job", "The first conversations planned", null, null)
                        .end(55, "ACHIEVED", null),
                DemoSession.of("demo-c6-w10", "coachee-6", "coach-3", at(66, 13, 0), ON_TIME, answers("First week"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(2, "My first week", "What I learned about the team", null, null)
                        .shift(28, "Commuting", "CLIENT")
                        .reContract(30, 0, "RETURN_TO_AGREED", null)
                        .end(60, "ACHIEVED", null),
                DemoSession.of("demo-c6-w8", "coachee-6", "coach-3", at(52, 13, 0), ON_TIME, answers("Hiring plan"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(3, "A hiring plan for the team", "Three roles in order", "We need people fast", null)
                        .shift(25, "The company strategy", "CLIENT")
                        .reContract(28, 0, "CONNECTED_TO_AGREED", "The strategy decides the roles")
                        .end(60, "ACHIEVED", null),
                DemoSession.of("demo-c6-w6", "coachee-6", "coach-3", at(38, 13, 0), ON_TIME, answers("Interviews"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(2, "Interviewing well", "Questions for the first role", null, null)
                        .end(55, "PARTLY", null));
    }
}
