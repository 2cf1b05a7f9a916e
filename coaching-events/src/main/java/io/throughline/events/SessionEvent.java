package io.throughline.events;

/** An event of a coaching session, published by session-service on {@link Topics#SESSIONS}. */
public sealed interface SessionEvent extends CoachingEvent
        permits SessionScheduled,
                SessionStarted,
                SessionCheckedIn,
                SessionContracted,
                TopicShifted,
                SessionReContracted,
                PieceCompleted,
                SessionEnded,
                SessionCancelled {

    String sessionId();

    @Override
    default String subject() {
        return sessionId();
    }
}
