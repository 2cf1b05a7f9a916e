package io.throughline.session.query.list;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.throughline.session.command.SessionKey;
import io.throughline.session.query.SessionView;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read model behind {@code GET /sessions}: one document per session holding its latest view,
 * with the fields it is filtered and sorted by beside it. A view replaces the stored one only when
 * its version is newer, so replays and redeliveries change nothing.
 */
public class SessionList {

    private static final String ID = "_id";
    private static final String ORG_ID = "orgId";
    private static final String CLIENT_ID = "clientId";
    private static final String COACH_ID = "coachId";
    private static final String SCHEDULED_START = "scheduledStart";
    private static final String VERSION = "version";
    private static final String VIEW = "view";

    private final MongoCollection<Document> sessions;
    private final JsonMapper json;

    public SessionList(MongoDatabase database, String collection, JsonMapper json) {
        this.sessions = database.getCollection(collection);
        this.json = json;
        for (String[] filter : new String[][] {{ORG_ID, CLIENT_ID}, {ORG_ID, COACH_ID}, {ORG_ID}}) {
            sessions.createIndex(Indexes.compoundIndex(Indexes.ascending(filter), Indexes.descending(SCHEDULED_START)));
        }
    }

    /** True when the stored view of the session already includes the event at {@code sequence}. */
    public boolean includes(SessionKey key, long sequence) {
        return sessions.countDocuments(Filters.and(Filters.eq(ID, key.toString()), Filters.gte(VERSION, sequence))) > 0;
    }

    public void save(SessionView view) {
        SessionKey key = new SessionKey(view.orgId(), view.sessionId());
        Document document = new Document(ID, key.toString())
                .append(ORG_ID, view.orgId())
                .append(CLIENT_ID, view.clientId())
                .append(COACH_ID, view.coachId())
                .append(SCHEDULED_START, Date.from(view.scheduledStart()))
                .append(VERSION, view.version())
                .append(VIEW, Document.parse(json.writeValueAsString(view)));
        try {
            sessions.replaceOne(Filters.and(Filters.eq(ID, key.toString()), Filters.lt(VERSION, view.version())),
                    document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            // The upsert collided with the stored document: it is at this version or newer already.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
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
        List<SessionView> items = new ArrayList<>();
        for (Document document : sessions.find(filter)
                .sort(Sorts.orderBy(Sorts.descending(SCHEDULED_START), Sorts.ascending(ID)))
                .skip(page * size).limit(size)) {
            items.add(json.readValue(document.get(VIEW, Document.class).toJson(), SessionView.class));
        }
        return new SessionPage(items, page, size, sessions.countDocuments(filter));
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
