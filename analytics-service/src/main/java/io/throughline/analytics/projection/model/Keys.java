package io.throughline.analytics.projection.model;

import io.throughline.events.EventEnvelope;
import io.throughline.events.PrepFormEvent;
import io.throughline.events.SessionEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Document ids. Everything is keyed by organisation first: the same client id in two organisations
 * is two clients. A prep form without a session gets its own key, which cannot clash with a session
 * id because ':' is not allowed in ids.
 */
public final class Keys {

    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private Keys() {}

    public static String session(String orgId, String sessionId) {
        return orgId + "/" + sessionId;
    }

    public static String sessionlessPrepForm(String orgId, String prepFormId) {
        return orgId + "/prep-form:" + prepFormId;
    }

    public static String client(String orgId, String clientId) {
        return orgId + "/" + clientId;
    }

    public static String coach(String orgId, String coachId) {
        return orgId + "/" + coachId;
    }

    public static String month(Instant instant) {
        return MONTH.format(instant);
    }

    public static String listingBucket(String orgId, String clientId, String month) {
        return orgId + "/" + clientId + "/" + month;
    }

    /** The document an event folds into: its session's, or its prep form's own if the form names no session. */
    public static String document(EventEnvelope envelope) {
        String orgId = envelope.event().orgId();
        return switch (envelope.event()) {
            case SessionEvent event -> session(orgId, event.sessionId());
            case PrepFormEvent event ->
                event.sessionId() != null
                        ? session(orgId, event.sessionId())
                        : sessionlessPrepForm(orgId, event.prepFormId());
        };
    }

    public static String sessionId(EventEnvelope envelope) {
        return switch (envelope.event()) {
            case SessionEvent event -> event.sessionId();
            case PrepFormEvent event -> event.sessionId();
        };
    }
}
