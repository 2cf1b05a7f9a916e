package io.throughline.analytics.projection.model;

import io.throughline.analytics.session.fold.SessionFacts;

/**
 * A session's facts, with the prep forms that prepare for it: the unit that is folded. Its
 * {@code sessionId} is null for a prep form that names no session. Stored by {@link SessionDocumentCodec}.
 */
public record SessionDocument(String id, String orgId, String clientId, String sessionId, SessionFacts facts) {}
