package io.throughline.analytics.projection.model;

import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * The sessions of one client listed under one month: {@link FieldNames}-encoded session id → sort
 * key (epoch milliseconds). A page of the session list reads one or two of these, never all of the
 * client's sessions.
 */
public record ListingBucket(@BsonId String id, Map<String, Long> s) {

    public static final String SESSIONS = "s";
}
