package io.throughline.session;

import io.throughline.events.PieceCompleted;
import io.throughline.events.SessionCancelled;
import io.throughline.events.SessionCheckedIn;
import io.throughline.events.SessionContracted;
import io.throughline.events.SessionEnded;
import io.throughline.events.SessionEvent;
import io.throughline.events.SessionReContracted;
import io.throughline.events.SessionScheduled;
import io.throughline.events.SessionStarted;
import io.throughline.events.TopicShifted;
import io.throughline.session.command.AgreeSession;
import io.throughline.session.command.CancelSession;
import io.throughline.session.command.CheckIn;
import io.throughline.session.command.CompletePiece;
import io.throughline.session.command.EndSession;
import io.throughline.session.command.NoticedBy;
import io.throughline.session.command.Progress;
import io.throughline.session.command.ReContract;
import io.throughline.session.command.ReContractOutcome;
import io.throughline.session.command.Readiness;
import io.throughline.session.command.ScheduleSession;
import io.throughline.session.command.SessionCommand;
import io.throughline.session.command.ShiftTopic;
import io.throughline.session.command.StartSession;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The session of the article (METRICS.md, worked example) as commands and as the events they give,
 * with every time on 2026-11-23 written as "HH:mm" so tests can move one step in time.
 */
public final class SessionMother {

    public static final String ORG = "demo";
    public static final String OTHER_ORG = "another-org";
    public static final String CLIENT = "coachee-1";
    public static final String COACH = "coach-1";
    public static final String SESSION = "session-article";
    public static final Instant SCHEDULED_AT = Instant.parse("2026-11-16T09:00:00Z");
    public static final int PLANNED_MINUTES = 60;

    public static final String TEAM = "The dynamics on my team";
    public static final String SUCCESS = "Two solutions I can try this week";
    public static final String IMPORTANCE = "The team is stuck";
    public static final String TO_ADDRESS = "What I say in meetings";
    public static final String BOSS = "A challenge with my boss";
    public static final String PEER = "A tough patch with a peer";
    public static final String SHIFT_TO_BOSS = "shift-boss";
    public static final String SHIFT_TO_PEER = "shift-peer";

    private SessionMother() {}

    public static Instant at(String time) {
        return Instant.parse("2026-11-23T" + time + ":00Z");
    }

    public static List<SessionCommand> articleCommands() {
        return List.of(
                schedule(),
                start("10:00"),
                checkIn("10:01"),
                agree("10:03"),
                completePiece("10:33"),
                shift(SHIFT_TO_BOSS, BOSS, NoticedBy.COACH, "10:40"),
                reContract(SHIFT_TO_BOSS, ReContractOutcome.RETURN_TO_AGREED, "10:45"),
                shift(SHIFT_TO_PEER, PEER, NoticedBy.COACH, "10:52"),
                reContract(SHIFT_TO_PEER, ReContractOutcome.CONNECTED_TO_AGREED, "10:55"),
                end(Progress.ACHIEVED, "11:00"));
    }

    public static List<SessionEvent> articleEvents() {
        return List.of(
                scheduled(),
                started("10:00"),
                checkedIn("10:01"),
                contracted("10:03"),
                pieceCompleted("10:33"),
                shifted(SHIFT_TO_BOSS, TEAM, BOSS, "COACH", "10:40"),
                reContracted(SHIFT_TO_BOSS, "RETURN_TO_AGREED", TEAM, "10:45"),
                shifted(SHIFT_TO_PEER, TEAM, PEER, "COACH", "10:52"),
                reContracted(SHIFT_TO_PEER, "CONNECTED_TO_AGREED", TEAM, "10:55"),
                ended("ACHIEVED", "11:00"));
    }

    public static ScheduleSession schedule() {
        return new ScheduleSession(SESSION, ORG, CLIENT, COACH, at("10:00"), PLANNED_MINUTES, SCHEDULED_AT);
    }

    public static StartSession start(String time) {
        return new StartSession(SESSION, ORG, at(time));
    }

    public static CheckIn checkIn(String time) {
        return new CheckIn(SESSION, ORG, Readiness.NEEDS_TO_OFFLOAD, "Not his usual positive answer", at(time));
    }

    public static AgreeSession agree(String time) {
        return new AgreeSession(SESSION, ORG, TEAM, SUCCESS, IMPORTANCE, TO_ADDRESS, at(time));
    }

    public static CompletePiece completePiece(String time) {
        return new CompletePiece(SESSION, ORG, "Summary confirmed", "Brainstorm solutions", at(time));
    }

    public static ShiftTopic shift(String shiftId, String topic, NoticedBy noticedBy, String time) {
        return new ShiftTopic(SESSION, ORG, shiftId, topic, noticedBy, at(time));
    }

    public static ReContract reContract(String shiftId, ReContractOutcome outcome, String time) {
        return new ReContract(SESSION, ORG, shiftId, outcome, note(outcome), at(time));
    }

    public static EndSession end(Progress progress, String time) {
        return new EndSession(SESSION, ORG, progress, "Thanks for keeping me on track", at(time));
    }

    public static CancelSession cancel(String time) {
        return new CancelSession(SESSION, ORG, "Client is ill", at(time));
    }

    /** Every command on an existing session (with the shift to the boss open), each valid but for when it comes. */
    public static Stream<SessionCommand> everyCommandAt(String time) {
        return Stream.of(
                start(time),
                checkIn(time),
                agree(time),
                shift(SHIFT_TO_PEER, PEER, NoticedBy.COACH, time),
                reContract(SHIFT_TO_BOSS, ReContractOutcome.RETURN_TO_AGREED, time),
                completePiece(time),
                end(Progress.ACHIEVED, time),
                cancel(time));
    }

    public static SessionScheduled scheduled() {
        return new SessionScheduled(SESSION, ORG, CLIENT, COACH, at("10:00"), PLANNED_MINUTES, SCHEDULED_AT);
    }

    public static SessionStarted started(String time) {
        return new SessionStarted(SESSION, ORG, CLIENT, COACH, at(time));
    }

    public static SessionCheckedIn checkedIn(String time) {
        return new SessionCheckedIn(
                SESSION, ORG, CLIENT, "NEEDS_TO_OFFLOAD", "Not his usual positive answer", at(time));
    }

    public static SessionContracted contracted(String time) {
        return new SessionContracted(SESSION, ORG, CLIENT, COACH, TEAM, SUCCESS, IMPORTANCE, TO_ADDRESS, at(time));
    }

    public static PieceCompleted pieceCompleted(String time) {
        return new PieceCompleted(SESSION, ORG, CLIENT, "Summary confirmed", "Brainstorm solutions", at(time));
    }

    public static TopicShifted shifted(
            String shiftId, String fromTopic, String toTopic, String noticedBy, String time) {
        return new TopicShifted(SESSION, ORG, CLIENT, shiftId, fromTopic, toTopic, noticedBy, at(time));
    }

    public static SessionReContracted reContracted(String shiftId, String outcome, String agreedTopic, String time) {
        return new SessionReContracted(
                SESSION,
                ORG,
                CLIENT,
                shiftId,
                outcome,
                agreedTopic,
                note(ReContractOutcome.valueOf(outcome)),
                at(time));
    }

    public static SessionEnded ended(String progress, String time) {
        return new SessionEnded(SESSION, ORG, CLIENT, COACH, progress, "Thanks for keeping me on track", at(time));
    }

    public static SessionCancelled cancelled(String time) {
        return new SessionCancelled(SESSION, ORG, CLIENT, "Client is ill", at(time));
    }

    private static String note(ReContractOutcome outcome) {
        return switch (outcome) {
            case RETURN_TO_AGREED -> "Back to the brainstorming";
            case ADOPT_NEW_TOPIC -> "The client chose the new topic";
            case CONNECTED_TO_AGREED -> "Context for another solution for the team";
        };
    }
}
