package io.throughline.events;

import java.time.Instant;

public record PrepFormRequested(
        String prepFormId, String orgId, String clientId, String sessionId, Instant dueBy, Instant occurredAt)
        implements PrepFormEvent {}
