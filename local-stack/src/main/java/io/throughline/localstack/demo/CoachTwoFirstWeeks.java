package io.throughline.localstack.demo;

import static io.throughline.localstack.demo.DemoSession.Prep.LATE;
import static io.throughline.localstack.demo.DemoSession.Prep.ON_TIME;

import java.time.LocalDate;
import java.util.List;

/**
 * coach-2's first weeks with coachee-3, every other week and then weekly: at first each sidetrack is
 * re-contracted; from five weeks ago coach-2 lets them drift, so SILENT_DRIFT is raised for coach-2.
 */
final class CoachTwoFirstWeeks extends DemoSchedule {

    CoachTwoFirstWeeks(LocalDate today) {
        super(today);
    }

    List<DemoSession> coachee3() {
        return List.of(
                DemoSession.of("demo-c3-w12", "coachee-3", "coach-2", at(83, 9, 0), ON_TIME, answers("Energy"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(
                                3,
                                "Getting my energy back",
                                "Two things that drain me, named",
                                "I am tired all the time",
                                "What I say yes to")
                        .shift(24, "Sleep", "CLIENT")
                        .reContract(27, 0, "CONNECTED_TO_AGREED", "Sleep is part of the energy")
                        .end(60, "ACHIEVED", "Good start"),
                DemoSession.of("demo-c3-w10", "coachee-3", "coach-2", at(69, 9, 0), ON_TIME, answers("Saying yes"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(
                                4,
                                "Saying yes too often",
                                "One yes I take back",
                                "My week is full of others' work",
                                null)
                        .shift(31, "A new gym", "CLIENT")
                        .reContract(33, 0, "RETURN_TO_AGREED", "Another time")
                        .end(60, "ACHIEVED", null),
                DemoSession.of("demo-c3-w8", "coachee-3", "coach-2", at(55, 9, 0), LATE, answers("Evenings"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(3, "Work-life balance", "Home by seven on three days", "My family notices", null)
                        .shift(22, "The school run", "CLIENT")
                        .reContract(25, 0, "CONNECTED_TO_AGREED", "The school run sets the evening")
                        .end(60, "PARTLY", null),
                DemoSession.of("demo-c3-w6", "coachee-3", "coach-2", at(41, 9, 0), ON_TIME, answers("Evenings"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(4, "Work-life balance", "Home by seven on three days", null, null)
                        .shift(26, "A quarrel with a neighbour", "CLIENT")
                        .reContract(30, 0, "RETURN_TO_AGREED", null)
                        .end(60, "PARTLY", null),
                DemoSession.of("demo-c3-w5", "coachee-3", "coach-2", at(34, 9, 0), ON_TIME, answers("Evenings"))
                        .start(0)
                        .checkIn(2, "DISTRACTED", null)
                        .agree(6, "Work-life balance", "Home by seven once", null, null)
                        .shift(20, "A colleague who left", "CLIENT")
                        .reContract(26, 0, "RETURN_TO_AGREED", null)
                        .shift(38, "My sister's wedding", "CLIENT")
                        .end(60, "PARTLY", null));
    }
}
