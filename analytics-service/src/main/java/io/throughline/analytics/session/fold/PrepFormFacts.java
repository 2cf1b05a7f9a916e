package io.throughline.analytics.session.fold;

import java.time.Instant;
import java.util.List;

/** What the events of one prep form have established; sequences are those of the form's own aggregate. */
public record PrepFormFacts(
        String prepFormId, List<Long> applied, Requested requested, Submitted submitted, Missed missed) {

    public PrepFormFacts {
        applied = List.copyOf(applied == null ? List.of() : applied);
    }

    public record Requested(long seq, Instant at, Instant dueBy) {}

    /** {@code late} as prep-form-service reported it; the fold prefers business time when the session's start is known. */
    public record Submitted(long seq, Instant at, boolean late) {}

    public record Missed(long seq, Instant at) {}
}
