package io.throughline.analytics.history.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.store.ReadModel;
import org.bson.conversions.Bson;

/**
 * Whose history: a client, a coach or the whole organisation. Says whether the subject is known
 * (404 otherwise) and which session documents are theirs: a client's by {@code clientId}, a
 * coach's by the session's coach (its lowest-sequence coachId, as in the patterns).
 */
public record Subject(String orgId, Type type, String id) {

    public enum Type {
        CLIENT("clients"),
        COACH("coaches"),
        ORGANISATION(null);

        private final String path;

        Type(String path) {
            this.path = path;
        }

        public String json() {
            return name().toLowerCase();
        }
    }

    public static Subject client(String orgId, String clientId) {
        return new Subject(orgId, Type.CLIENT, clientId);
    }

    public static Subject coach(String orgId, String coachId) {
        return new Subject(orgId, Type.COACH, coachId);
    }

    public static Subject organisation(String orgId) {
        return new Subject(orgId, Type.ORGANISATION, orgId);
    }

    /** Whether any event has named the client or coach; an organisation always is (possibly empty). */
    boolean known(ReadModel model) {
        return switch (type) {
            case CLIENT ->
                model.clients().find(eq("_id", Keys.client(orgId, id))).first() != null;
            case COACH -> model.coaches().find(eq("_id", Keys.coach(orgId, id))).first() != null;
            case ORGANISATION -> true;
        };
    }

    Bson sessions() {
        return switch (type) {
            case CLIENT -> and(eq("orgId", orgId), eq("clientId", id));
            case COACH -> and(eq("orgId", orgId), eq("coachId", id));
            case ORGANISATION -> eq("orgId", orgId);
        };
    }

    /** The path of the subject's sessions, or null for the organisation (API.md has no such list). */
    String sessionsPath() {
        return type.path == null ? null : "/api/v1/orgs/" + orgId + "/" + type.path + "/" + id + "/sessions";
    }
}
