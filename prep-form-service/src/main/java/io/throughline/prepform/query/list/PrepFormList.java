package io.throughline.prepform.query.list;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.throughline.prepform.command.PrepFormStatus;
import io.throughline.prepform.query.FormVisibility;
import io.throughline.prepform.query.PrepFormView;
import io.throughline.prepform.query.PrepFormViewFold;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * One document per form: its view, the coach of its session once known, the sequence of the last
 * event folded into it, and when the form was first stored (the list is newest first). Eventually
 * consistent with the event store.
 */
public class PrepFormList {

    private static final String COACH_ID = "coachId";

    private final MongoCollection<Document> forms;

    public PrepFormList(MongoCollection<Document> forms) {
        this.forms = forms;
    }

    /** Indexes for the two ways the API filters; a MongoDB that ignores them only answers slower. */
    public void createIndexes() {
        forms.createIndex(Indexes.ascending("view.orgId", "view.clientId", "createdAt"),
                new IndexOptions().name("org-client"));
        forms.createIndex(Indexes.ascending("view.orgId", "view.sessionId"), new IndexOptions().name("org-session"));
        forms.createIndex(Indexes.ascending("view.orgId", COACH_ID, "view.status", "createdAt"),
                new IndexOptions().name("org-coach"));
    }

    /** {@code coachId}: the coach the event's metadata names (only a requested event does), else null. */
    void apply(String formKey, long sequence, Object event, Instant storedAt, String coachId) {
        Document stored = forms.find(Filters.eq("_id", formKey)).first();
        if (stored != null && stored.getLong("sequence") >= sequence) {
            return;
        }
        PrepFormView before = stored == null ? null : PrepFormDocuments.view(stored.get("view", Document.class));
        PrepFormView after = PrepFormViewFold.next(before, event);
        if (after == null) {
            return;
        }
        Date createdAt = stored == null ? Date.from(storedAt) : stored.getDate("createdAt");
        String coach = coachId != null ? coachId : stored == null ? null : stored.getString(COACH_ID);
        forms.replaceOne(Filters.eq("_id", formKey), new Document("_id", formKey)
                        .append("view", PrepFormDocuments.document(after))
                        .append(COACH_ID, coach)
                        .append("sequence", sequence)
                        .append("createdAt", createdAt),
                new ReplaceOptions().upsert(true));
    }

    void clear() {
        forms.deleteMany(new Document());
    }

    /**
     * The organisation's forms that {@code visibility} lets the caller see, newest first, narrowed to a client
     * and/or a session when given.
     */
    public List<PrepFormView> find(String orgId, String clientId, String sessionId, FormVisibility visibility,
                                   int page, int size) {
        if (visibility.none()) {
            return List.of();
        }
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("view.orgId", orgId)));
        if (clientId != null) {
            filters.add(Filters.eq("view.clientId", clientId));
        }
        if (sessionId != null) {
            filters.add(Filters.eq("view.sessionId", sessionId));
        }
        if (!visibility.all()) {
            filters.add(visible(visibility));
        }
        List<PrepFormView> views = new ArrayList<>();
        forms.find(Filters.and(filters))
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .skip(page * size)
                .limit(size)
                .forEach(document -> views.add(PrepFormDocuments.view(document.get("view", Document.class))));
        return views;
    }

    /** {@link FormVisibility#includes} as a query: the client's own forms, or the coach's submitted ones. */
    private static Bson visible(FormVisibility visibility) {
        List<Bson> any = new ArrayList<>();
        if (visibility.clientId() != null) {
            any.add(Filters.eq("view.clientId", visibility.clientId()));
        }
        if (visibility.coachId() != null) {
            any.add(Filters.and(Filters.eq(COACH_ID, visibility.coachId()),
                    Filters.eq("view.status", PrepFormStatus.SUBMITTED.name())));
        }
        return any.size() == 1 ? any.getFirst() : Filters.or(any);
    }
}
