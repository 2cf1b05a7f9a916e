package io.throughline.analytics.access;

import static com.mongodb.client.model.Filters.eq;

import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.store.ClientSums;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.platform.security.Caller;
import io.throughline.platform.security.Role;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Ownership, one rule per resource: which clients, coaches and sessions of the organisation a caller may see.
 * Supervisors and org-admins (and {@code platform}) see everyone; a client sees themself and their own sessions; a
 * coach sees themself, the clients they have had a session with, and those clients' sessions. Whether a coach has
 * met a client is read from the client's rollup, the same sums the coach's own figures come from. The role table
 * ({@code AccessRules}) has already decided who may use an endpoint at all.
 */
@Component
public class ReadAccess {

    private final ReadModels readModels;

    public ReadAccess(ReadModels readModels) {
        this.readModels = readModels;
    }

    public boolean maySeeClient(Caller caller, String orgId, String clientId) {
        return seesTheOrganisation(caller)
                || caller.isClient(clientId)
                || hasMet(caller, readModels.active(), orgId, clientId);
    }

    public boolean maySeeCoach(Caller caller, String orgId, String coachId) {
        return seesTheOrganisation(caller) || caller.isCoach(coachId);
    }

    public boolean maySeeSession(Caller caller, String orgId, String sessionId) {
        if (seesTheOrganisation(caller)) {
            return true;
        }
        ReadModel model = readModels.active();
        Document session = model.sessions()
                .find(eq("_id", Keys.session(orgId, sessionId)))
                .projection(new Document("clientId", 1))
                .first();
        return session != null
                && (caller.isClient(session.getString("clientId"))
                        || hasMet(caller, model, orgId, session.getString("clientId")));
    }

    private static boolean seesTheOrganisation(Caller caller) {
        return caller.mayDoEverything() || caller.has(Role.SUPERVISOR);
    }

    private static boolean hasMet(Caller caller, ReadModel model, String orgId, String clientId) {
        if (!caller.has(Role.COACH) || caller.coachId() == null) {
            return false;
        }
        Document client =
                model.clients().find(eq("_id", Keys.client(orgId, clientId))).first();
        return client != null && ClientSums.read(client).hasSessionsWith(caller.coachId());
    }
}
