package io.throughline.localstack.demo;

import static io.throughline.localstack.demo.DemoSession.Prep.MISSED;
import static io.throughline.localstack.demo.DemoSession.Prep.ON_TIME;

import java.time.LocalDate;
import java.util.List;

/**
 * coach-1's first eight weeks. coachee-1's boss turns up as "A challenge with my boss", the article's
 * own sidetrack: taken up once, then parked again and again, so PARKED_TOPIC_RETURNS is raised for
 * coachee-1 before the article's session and still is after it. coachee-2 meets every other week and
 * re-contracts every sidetrack.
 */
final class CoachOneFirstWeeks extends DemoSchedule {

    static final String BOSS = "A challenge with my boss";

    CoachOneFirstWeeks(LocalDate today) {
        super(today);
    }

    List<DemoSession> coachee1() {
        return List.of(
                DemoSession.of("demo-c1-w11", "coachee-1", "coach-1", at(78, 10, 0), ON_TIME, answers("New team lead"))
                        .start(0)
                        .checkIn(1, "READY", "First weeks as team lead")
                        .agree(
                                3,
                                "Settling in as team lead",
                                "Three things to ask the team",
                                "I want to start well",
                                "What the team expects of me")
                        .shift(25, BOSS, "CLIENT")
                        .reContract(29, 0, "ADOPT_NEW_TOPIC", "The boss wants the roadmap by Friday")
                        .end(60, "PARTLY", "Glad we went with the roadmap"),
                DemoSession.of("demo-c1-w10", "coachee-1", "coach-1", at(71, 10, 0), MISSED, answers(null))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(4, "Running better team meetings", "An agenda the team owns", "Meetings drag", null)
                        .shift(30, BOSS, "COACH")
                        .reContract(34, 0, "RETURN_TO_AGREED", "Parked: the meetings matter more today")
                        .end(60, "ACHIEVED", null),
                DemoSession.of("demo-c1-w9", "coachee-1", "coach-1", at(64, 10, 0), ON_TIME, answers("Feedback"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(
                                3,
                                "Giving feedback to a team member",
                                "Words for the first sentence",
                                "It has waited too long",
                                null)
                        .shift(20, BOSS, "CLIENT")
                        .reContract(23, 0, "RETURN_TO_AGREED", "Back to the feedback")
                        .piece(45, "Opening sentence written", "Book the talk")
                        .end(60, "ACHIEVED", "Ready for the talk"),
                DemoSession.of("demo-c1-w7", "coachee-1", "coach-1", at(50, 10, 0), ON_TIME, answers("After the talk"))
                        .start(0)
                        .checkIn(1, "READY", "Back from holiday")
                        .agree(2, "What the feedback talk changed", "One habit to keep", "The talk went well", null)
                        .shift(30, BOSS, "COACH")
                        .reContract(35, 0, "RETURN_TO_AGREED", "Not now, again")
                        .end(58, "ACHIEVED", null),
                DemoSession.of("demo-c1-w6", "coachee-1", "coach-1", at(43, 10, 0), ON_TIME, answers("Hiring"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(3, "Hiring for the team", "A profile for the open role", "We are short-handed", null)
                        .shift(18, "Hiring plans of the other teams", "CLIENT")
                        .reContract(21, 0, "CONNECTED_TO_AGREED", "We compete for the same people")
                        .shift(40, BOSS, "CLIENT")
                        .reContract(44, 1, "RETURN_TO_AGREED", "Parked once more")
                        .end(60, "ACHIEVED", null),
                DemoSession.of("demo-c1-w5", "coachee-1", "coach-1", at(36, 10, 0), ON_TIME, answers("Delegation"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(
                                4,
                                "Why I do not delegate",
                                "Name what I hold on to",
                                "I work every evening",
                                "My need for control")
                        .shift(28, BOSS, "CLIENT")
                        .reContract(31, 0, "RETURN_TO_AGREED", "Parked; the client noticed it keeps coming back")
                        .end(60, "PARTLY", "Next time: the actual handover"));
    }

    List<DemoSession> coachee2() {
        return List.of(
                DemoSession.of("demo-c2-w12", "coachee-2", "coach-1", at(84, 14, 0), ON_TIME, answers("Promotion"))
                        .start(0)
                        .checkIn(1, "READY", "Just promoted")
                        .agree(
                                4,
                                "My first month as head of finance",
                                "A list of what to learn first",
                                "The role is new to me",
                                null)
                        .end(55, "ACHIEVED", null),
                DemoSession.of("demo-c2-w10", "coachee-2", "coach-1", at(70, 14, 0), ON_TIME, answers("Budget season"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(3, "Leading my first budget round", "A timeline the team agrees to", null, null)
                        .shift(33, "The old head of finance", "CLIENT")
                        .reContract(36, 0, "CONNECTED_TO_AGREED", "He still owns half the budget")
                        .end(60, "ACHIEVED", "Clear plan"),
                DemoSession.of("demo-c2-w8", "coachee-2", "coach-1", at(56, 14, 0), ON_TIME, answers("Leadership team"))
                        .start(0)
                        .checkIn(2, "DISTRACTED", "A long board meeting this morning")
                        .agree(
                                5,
                                "Speaking up in leadership meetings",
                                "Notice when I hold back",
                                "My view is missing there",
                                null)
                        .shift(40, "A difficult supplier", "CLIENT")
                        .reContract(42, 0, "RETURN_TO_AGREED", "Another day")
                        .end(60, "PARTLY", null),
                DemoSession.of("demo-c2-w6", "coachee-2", "coach-1", at(42, 14, 0), ON_TIME, answers("Speaking up"))
                        .start(0)
                        .checkIn(1, "READY", null)
                        .agree(
                                3,
                                "Speaking up in leadership meetings",
                                "One point made in the next meeting",
                                "Decisions happen without me",
                                "My fear of being wrong")
                        .piece(35, "What held me back last time", "Prepare one point")
                        .end(60, "ACHIEVED", "Useful"),
                DemoSession.of("demo-c2-w5", "coachee-2", "coach-1", at(35, 14, 0), ON_TIME, answers("It worked"))
                        .start(0)
                        .checkIn(1, "READY", "Made my point and it landed")
                        .agree(2, "Keeping it up", "A habit for every meeting", null, null)
                        .shift(30, "A holiday request", "CLIENT")
                        .reContract(31, 0, "RETURN_TO_AGREED", null)
                        .end(50, "ACHIEVED", null));
    }
}
