package io.throughline.prepform.query;

import java.time.Instant;

/**
 * A form as the service keeps it: its view; the coach of its session once the session's scheduled event named them
 * ({@code null} before, e.g. for a form the client created first, or one without a session); the sequence number of
 * its latest event ({@code version}); and when its first event was stored ({@code createdAt}). The coach is not part
 * of the view API.md gives; it decides who may read the form.
 */
public record PrepFormEntry(PrepFormView view, String coachId, long version, Instant createdAt) {}
