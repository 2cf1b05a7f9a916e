package io.throughline.localstack.demo;

import static io.throughline.localstack.demo.DemoSession.Prep.LATE;
import static io.throughline.localstack.demo.DemoSession.Prep.MISSED;
import static io.throughline.localstack.demo.DemoSession.Prep.ON_TIME;

import java.time.LocalDate;
import java.util.List;

/** coach-3's last four weeks: coachee-5's recurring conflict with HR, and coachee-6's session without an agreement. */
final class CoachThreeClients extends DemoSchedule {

    CoachThreeClients(LocalDate today) {
        super(today);
    }

    List<DemoSession> coachee5() {
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

    List<DemoSession> coachee6() {
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
}
