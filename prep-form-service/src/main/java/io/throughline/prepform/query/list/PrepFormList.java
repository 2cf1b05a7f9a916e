package io.throughline.prepform.query.list;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.throughline.platform.readmodel.ViewDocuments;
import io.throughline.prepform.command.PrepFormStatus;
import io.throughline.prepform.query.FormVisibility;
import io.throughline.prepform.query.PrepFormEntry;
import io.throughline.prepform.query.PrepFormView;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read model behind {@code GET /prep-forms}, in the platform's one list shape ({@link ViewDocuments}): one
 * document per form, {@code _id} its {@code PrepFormKey}, {@code orgId}, {@code clientId}, {@code sessionId},
 * {@code status}, the coach of its session once known ({@code coachId}) and when it was first stored
 * ({@code createdAt}, a date; the list is newest first) at the top, {@code version}, and {@code view}, the form as
 * {@code GET /prep-forms/{id}} answers it. Eventually consistent with the event store.
 */
public class PrepFormList {

    private static final String ORG_ID = "orgId";
    private static final String CLIENT_ID = "clientId";
    private static final String SESSION_ID = "sessionId";
    private static final String COACH_ID = "coachId";
    private static final String STATUS = "status";
    private static final String CREATED_AT = "createdAt";

    private final ViewDocuments<PrepFormView> forms;

    public PrepFormList(MongoCollection<Document> forms, JsonMapper json) {
        this.forms = new ViewDocuments<>(forms, json, PrepFormView.class);
    }

    /** Indexes for the ways the API filters; a MongoDB that ignores them only answers slower. */
    public void createIndexes() {
        forms.createIndex(Indexes.compoundIndex(Indexes.ascending(ORG_ID, CLIENT_ID), Indexes.descending(CREATED_AT)));
        forms.createIndex(Indexes.ascending(ORG_ID, SESSION_ID));
        forms.createIndex(
                Indexes.compoundIndex(Indexes.ascending(ORG_ID, COACH_ID, STATUS), Indexes.descending(CREATED_AT)));
    }

    /** True when the stored form ({@code formKey}: its event store id) includes the event at {@code sequence}. */
    boolean includes(String formKey, long sequence) {
        return forms.includes(formKey, sequence);
    }

    void save(String formKey, PrepFormEntry form) {
        PrepFormView view = form.view();
        forms.save(
                formKey,
                form.version(),
                new Document(ORG_ID, view.orgId())
                        .append(CLIENT_ID, view.clientId())
                        .append(SESSION_ID, view.sessionId())
                        .append(STATUS, view.status().name())
                        .append(COACH_ID, form.coachId())
                        .append(CREATED_AT, Date.from(form.createdAt())),
                view);
    }

    void clear() {
        forms.clear();
    }

    /**
     * The organisation's forms that {@code visibility} lets the caller see, newest first, narrowed to a client
     * and/or a session when given.
     */
    public List<PrepFormView> find(
            String orgId, String clientId, String sessionId, FormVisibility visibility, int page, int size) {
        if (visibility.none()) {
            return List.of();
        }
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq(ORG_ID, orgId)));
        if (clientId != null) {
            filters.add(Filters.eq(CLIENT_ID, clientId));
        }
        if (sessionId != null) {
            filters.add(Filters.eq(SESSION_ID, sessionId));
        }
        if (!visibility.all()) {
            filters.add(visible(visibility));
        }
        return forms.find(Filters.and(filters), Sorts.descending(CREATED_AT), page, size);
    }

    /** {@link FormVisibility#includes} as a query: the client's own forms, or the coach's submitted ones. */
    private static Bson visible(FormVisibility visibility) {
        List<Bson> any = new ArrayList<>();
        if (visibility.clientId() != null) {
            any.add(Filters.eq(CLIENT_ID, visibility.clientId()));
        }
        if (visibility.coachId() != null) {
            any.add(Filters.and(
                    Filters.eq(COACH_ID, visibility.coachId()), Filters.eq(STATUS, PrepFormStatus.SUBMITTED.name())));
        }
        return any.size() == 1 ? any.getFirst() : Filters.or(any);
    }
}
