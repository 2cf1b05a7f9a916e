package io.throughline.analytics.session.fold;

/** How the client prepared for a session; a form that was missed and then submitted late is {@code LATE}. */
public enum PrepFormStatus {
    ON_TIME,
    LATE,
    MISSED,
    NONE
}
