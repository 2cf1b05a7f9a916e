package io.throughline.prepform.query.list;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import io.throughline.prepform.query.PrepFormView;
import io.throughline.prepform.query.PrepFormViewFold;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * One document per form: its view, the sequence of the last event folded into it, and when the form
 * was first stored (the list is newest first). Eventually consistent with the event store.
 */
public class PrepFormList {

    private final MongoCollection<Document> forms;

    public PrepFormList(MongoCollection<Document> forms) {
        this.forms = forms;
    }

    /** Indexes for the two ways the API filters; a MongoDB that ignores them only answers slower. */
    public void createIndexes() {
        forms.createIndex(Indexes.ascending("view.orgId", "view.clientId", "createdAt"),
                new IndexOptions().name("org-client"));
        forms.createIndex(Indexes.ascending("view.orgId", "view.sessionId"), new IndexOptions().name("org-session"));
    }

    void apply(String formKey, long sequence, Object event, Instant storedAt) {
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
        forms.replaceOne(Filters.eq("_id", formKey), new Document("_id", formKey)
                        .append("view", PrepFormDocuments.document(after))
                        .append("sequence", sequence)
                        .append("createdAt", createdAt),
                new ReplaceOptions().upsert(true));
    }

    void clear() {
        forms.deleteMany(new Document());
    }

    /** The organisation's forms, newest first, narrowed to a client and/or a session when given. */
    public List<PrepFormView> find(String orgId, String clientId, String sessionId, int page, int size) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("view.orgId", orgId)));
        if (clientId != null) {
            filters.add(Filters.eq("view.clientId", clientId));
        }
        if (sessionId != null) {
            filters.add(Filters.eq("view.sessionId", sessionId));
        }
        List<PrepFormView> views = new ArrayList<>();
        forms.find(Filters.and(filters))
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .skip(page * size)
                .limit(size)
                .forEach(document -> views.add(PrepFormDocuments.view(document.get("view", Document.class))));
        return views;
    }
}
