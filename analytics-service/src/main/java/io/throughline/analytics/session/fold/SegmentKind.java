package io.throughline.analytics.session.fold;

/** Connected context counts as on topic: the sidetrack turned out to serve the agreement. */
public enum SegmentKind {
    ON_AGREED_TOPIC,
    OFF_TOPIC,
    CONNECTED_CONTEXT
}
