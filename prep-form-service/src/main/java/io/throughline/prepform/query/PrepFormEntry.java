package io.throughline.prepform.query;

/**
 * A form as the service keeps it: its view, and the coach of its session once the session's scheduled event
 * named them ({@code null} before, e.g. for a form the client created first, or one without a session). The
 * coach is not part of the view API.md gives; it decides who may read the form.
 */
public record PrepFormEntry(PrepFormView view, String coachId) {
}
