package io.throughline.analytics.projection.model;

import io.throughline.analytics.session.fold.SessionFacts;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A session's facts, with the prep forms that prepare for it: the unit that is folded. Its
 * {@code sessionId} is null for a prep form that names no session.
 */
public record SessionDocument(@BsonId String id, String orgId, String clientId, String sessionId, SessionFacts facts) {
}
