package io.throughline.analytics.projection.model;

import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * The clients a coach has had sessions with. The coach's figures are the sum of these clients'
 * shares ({@link ClientRollup#byCoach()}): each share is written only by the consumer that owns the
 * client, so no two consumers ever write the same counters.
 */
public record CoachRollup(@BsonId String id, String orgId, String coachId, List<String> clients) {

    public static final String CLIENTS = "clients";
}
