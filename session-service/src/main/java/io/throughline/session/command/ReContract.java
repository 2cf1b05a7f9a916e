package io.throughline.session.command;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

public record ReContract(
        String sessionId, String orgId, String shiftId, ReContractOutcome outcome, String note, Instant at)
        implements SessionCommand {

    public ReContract {
        requireNonNull(sessionId, "sessionId");
        requireNonNull(orgId, "orgId");
        requireNonNull(shiftId, "shiftId");
        requireNonNull(outcome, "outcome");
        requireNonNull(at, "at");
    }
}
