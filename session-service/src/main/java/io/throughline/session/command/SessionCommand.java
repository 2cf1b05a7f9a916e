package io.throughline.session.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A write to one coaching session of one organisation. {@code at} is business time: when it happened,
 * already defaulted to now by the caller, so a coach can log a session afterwards.
 */
public sealed interface SessionCommand
        permits ScheduleSession,
                StartSession,
                CheckIn,
                AgreeSession,
                ShiftTopic,
                ReContract,
                CompletePiece,
                EndSession,
                CancelSession {

    String sessionId();

    String orgId();

    Instant at();

    /** The session's stream: the organisation is part of it, so a command can only reach its own org's session. */
    @TargetAggregateIdentifier
    default SessionKey key() {
        return new SessionKey(orgId(), sessionId());
    }
}
