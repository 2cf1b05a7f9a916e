package io.throughline.session.query.list;

/**
 * Which of the organisation's sessions a list may hold: all of them, or only those of one client and/or one coach
 * (a session of either). A scope naming nobody holds nothing.
 *
 * @param everything every session of the organisation
 * @param clientId sessions for this client (when not {@code everything})
 * @param coachId sessions held by this coach (when not {@code everything})
 */
public record ListScope(boolean everything, String clientId, String coachId) {

    public static final ListScope EVERYTHING = new ListScope(true, null, null);

    /** Only the sessions of this client or of this coach; {@code null} for neither. */
    public static ListScope own(String clientId, String coachId) {
        return new ListScope(false, clientId, coachId);
    }

    boolean isEmpty() {
        return !everything && clientId == null && coachId == null;
    }
}
