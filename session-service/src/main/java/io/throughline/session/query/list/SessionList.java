package io.throughline.session.query.list;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.throughline.platform.readmodel.ViewDocuments;
import io.throughline.session.command.SessionKey;
import io.throughline.session.query.SessionView;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read model behind {@code GET /sessions}, in the platform's one list shape ({@link ViewDocuments}): one
 * document per session, {@code _id} its {@link SessionKey}, {@code orgId}, {@code clientId}, {@code coachId} and
 * {@code scheduledStart} (a date) at the top for filtering and sorting, {@code version}, and {@code view}, the session
 * as {@code GET /sessions/{id}} answers it. A view replaces the stored one only when its version is newer, so replays
 * and redeliveries change nothing.
 */
public class SessionList {

    private static final String ORG_ID = "orgId";
    private static final String CLIENT_ID = "clientId";
    private static final String COACH_ID = "coachId";
    private static final String SCHEDULED_START = "scheduledStart";

    private final ViewDocuments<SessionView> sessions;

    public SessionList(MongoDatabase database, String collection, JsonMapper json) {
        this.sessions = new ViewDocuments<>(database.getCollection(collection), json, SessionView.class);
        for (String[] filter : new String[][] {{ORG_ID, CLIENT_ID}, {ORG_ID, COACH_ID}, {ORG_ID}}) {
            sessions.createIndex(Indexes.compoundIndex(Indexes.ascending(filter), Indexes.descending(SCHEDULED_START)));
        }
    }

    /** True when the stored view of the session already includes the event at {@code sequence}. */
    public boolean includes(SessionKey key, long sequence) {
        return sessions.includes(key.toString(), sequence);
    }

    public void save(SessionView view) {
        sessions.save(
                new SessionKey(view.orgId(), view.sessionId()).toString(),
                view.version(),
                new Document(ORG_ID, view.orgId())
                        .append(CLIENT_ID, view.clientId())
                        .append(COACH_ID, view.coachId())
                        .append(SCHEDULED_START, Date.from(view.scheduledStart())),
                view);
    }

    /** Empties the list, before its processor replays the event store into it. */
    void clear() {
        sessions.clear();
    }

    /**
     * The organisation's sessions within {@code scope}, optionally of one client and/or one coach, newest scheduled
     * start first.
     */
    public SessionPage page(String orgId, String clientId, String coachId, ListScope scope, int page, int size) {
        if (scope.isEmpty()) {
            return new SessionPage(List.of(), page, size, 0);
        }
        List<Bson> criteria = new ArrayList<>(List.of(Filters.eq(ORG_ID, orgId)));
        if (clientId != null) {
            criteria.add(Filters.eq(CLIENT_ID, clientId));
        }
        if (coachId != null) {
            criteria.add(Filters.eq(COACH_ID, coachId));
        }
        if (!scope.everything()) {
            criteria.add(within(scope));
        }
        Bson filter = Filters.and(criteria);
        return new SessionPage(
                sessions.find(filter, Sorts.descending(SCHEDULED_START), page, size),
                page,
                size,
                sessions.count(filter));
    }

    private static Bson within(ListScope scope) {
        List<Bson> owners = new ArrayList<>();
        if (scope.clientId() != null) {
            owners.add(Filters.eq(CLIENT_ID, scope.clientId()));
        }
        if (scope.coachId() != null) {
            owners.add(Filters.eq(COACH_ID, scope.coachId()));
        }
        return owners.size() == 1 ? owners.get(0) : Filters.or(owners);
    }
}
