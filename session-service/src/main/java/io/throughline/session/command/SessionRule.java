package io.throughline.session.command;

import io.throughline.platform.rules.Rule;

/**
 * The rules of a coaching session (API.md); the name is the stable code clients see as the 409's {@code rule}. The
 * rule of business time ({@code NOT_BEFORE_PREVIOUS_EVENT}) is the platform's, kept by {@link Lifecycle}.
 */
public enum SessionRule implements Rule {
    SESSION_ID_UNIQUE_IN_ORGANISATION("a sessionId names one session of the organisation; scheduling it again"
            + " must repeat its clientId, coachId, scheduledStart and plannedMinutes"),
    START_ONCE_FROM_SCHEDULED("a session starts once, from SCHEDULED"),
    ONLY_WHILE_IN_PROGRESS("check-in, agreement, topic shifts, pieces and end only while IN_PROGRESS"),
    CANCEL_ONLY_BEFORE_END("a session can be cancelled only before it ends"),
    NOTHING_AFTER_END_OR_CANCEL("nothing happens to a session after it ENDED or was CANCELLED"),
    ONE_AGREEMENT_PER_SESSION(
            "one agreement per session; later changes of topic go through a topic shift and a re-contract"),
    SHIFT_NEEDS_AGREEMENT("a topic shift needs an agreement"),
    SHIFT_ID_UNIQUE_IN_SESSION("a shiftId names one topic shift of the session"),
    RE_CONTRACT_NEEDS_OPEN_SHIFT("a re-contract needs an open shift of this session");

    private final String statement;

    SessionRule(String statement) {
        this.statement = statement;
    }

    @Override
    public String statement() {
        return statement;
    }
}
