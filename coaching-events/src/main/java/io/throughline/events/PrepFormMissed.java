package io.throughline.events;

import java.time.Instant;

public record PrepFormMissed(String prepFormId, String orgId, String clientId, String sessionId, Instant occurredAt)
        implements PrepFormEvent {}
