package io.throughline.prepform.sessions;

import io.throughline.events.SessionEvent;
import io.throughline.events.SessionScheduled;
import io.throughline.events.SessionStarted;
import io.throughline.prepform.command.MarkPrepFormMissed;
import io.throughline.prepform.command.PrepFormCommand;
import io.throughline.prepform.command.RequestPrepForm;
import java.util.List;

/**
 * A scheduled session requests its form, naming the session's coach; a started one marks it missed
 * unless submitted. Each command takes the session event's occurredAt, so a session logged
 * afterwards keeps its times. The commands are idempotent, so a redelivered event changes nothing.
 * A started session whose form was never requested has no form to miss: its command finds no
 * aggregate, which the consumer takes as done.
 */
public final class SessionEventPolicy {

    public List<PrepFormCommand> commandsFor(SessionEvent event) {
        return switch (event) {
            case SessionScheduled scheduled ->
                List.of(RequestPrepForm.forSession(
                        scheduled.orgId(),
                        scheduled.clientId(),
                        scheduled.sessionId(),
                        scheduled.coachId(),
                        scheduled.scheduledStart(),
                        scheduled.occurredAt()));
            case SessionStarted started ->
                List.of(MarkPrepFormMissed.forSession(
                        started.orgId(), started.clientId(), started.sessionId(), started.occurredAt()));
            default -> List.of();
        };
    }
}
