package io.throughline.prepform.query;

import io.throughline.prepform.command.PrepFormStatus;

/**
 * Which forms of an organisation someone may see (API.md, "Identity and access"): all of them, or those of
 * {@code clientId} (the client's own, in any state) and the {@code SUBMITTED} ones of {@code coachId}'s sessions
 * (never drafts, requested or missed forms). Both null: none. The single form and the list apply the same rule:
 * {@link #includes} here, the list's query in {@code PrepFormList}.
 */
public record FormVisibility(boolean all, String clientId, String coachId) {

    public static FormVisibility everything() {
        return new FormVisibility(true, null, null);
    }

    /** The forms of this client (null: none) and the submitted forms of this coach's sessions (null: none). */
    public static FormVisibility of(String clientId, String coachId) {
        return new FormVisibility(false, clientId, coachId);
    }

    /** Whether nothing at all is visible. */
    public boolean none() {
        return !all && clientId == null && coachId == null;
    }

    public boolean includes(PrepFormEntry form) {
        return all
                || (clientId != null && clientId.equals(form.view().clientId()))
                || (coachId != null
                        && coachId.equals(form.coachId())
                        && form.view().status() == PrepFormStatus.SUBMITTED);
    }
}
