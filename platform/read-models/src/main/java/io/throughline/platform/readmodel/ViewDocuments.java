package io.throughline.platform.readmodel;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list read model in its one shape: a plain MongoDB document per aggregate that anyone can read in mongosh,
 * <pre>
 * { _id: "orgId/id",                    the aggregate's id in the event store
 *   orgId: …, clientId: …, …,           the fields the list filters and sorts by, at the top; times as BSON dates
 *   version: 7,                         the sequence number of the aggregate's latest event folded into it
 *   view: { … } }                       the view exactly as the API answers it (times as ISO-8601 text)
 * </pre>
 * A view replaces the stored one only when its version is newer, so replays and redeliveries change nothing; a
 * document without a version (written in an earlier shape) counts as older than any.
 *
 * @param <V> the view's type, written and read with the service's JSON mapper
 */
public class ViewDocuments<V> {

    public static final String ID = "_id";
    public static final String VERSION = "version";
    public static final String VIEW = "view";

    private final MongoCollection<Document> collection;
    private final JsonMapper json;
    private final Class<V> viewType;

    public ViewDocuments(MongoCollection<Document> collection, JsonMapper json, Class<V> viewType) {
        this.collection = collection;
        this.json = json;
        this.viewType = viewType;
    }

    /**
     * An index for one way the list is asked, under MongoDB's default name for its keys (so creating it again is a
     * no-op); a MongoDB that ignores it only answers slower.
     */
    public void createIndex(Bson keys) {
        collection.createIndex(keys);
    }

    /** True when the stored document of {@code id} already includes the event at {@code version}. */
    public boolean includes(String id, long version) {
        return collection.countDocuments(Filters.and(Filters.eq(ID, id), Filters.gte(VERSION, version))) > 0;
    }

    /** Stores {@code view} at {@code version} with its top-level {@code fields}, unless it is stored at it or newer. */
    public void save(String id, long version, Document fields, V view) {
        Document document = new Document(ID, id);
        document.putAll(fields);
        document.append(VERSION, version).append(VIEW, Document.parse(json.writeValueAsString(view)));
        try {
            collection.replaceOne(
                    Filters.and(Filters.eq(ID, id), Filters.not(Filters.gte(VERSION, version))),
                    document,
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            // The upsert collided with the stored document: it is at this version or newer already.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** One page of the views that match {@code filter}, in {@code sort} order ({@code _id} breaks ties). */
    public List<V> find(Bson filter, Bson sort, int page, int size) {
        List<V> views = new ArrayList<>();
        Bson order = Sorts.orderBy(sort, Sorts.ascending(ID));
        for (Document document :
                collection.find(filter).sort(order).skip(page * size).limit(size)) {
            views.add(json.readValue(document.get(VIEW, Document.class).toJson(), viewType));
        }
        return views;
    }

    public long count(Bson filter) {
        return collection.countDocuments(filter);
    }

    /** Empties the list, before it is rebuilt from the event store. */
    public void clear() {
        collection.deleteMany(new Document());
    }
}
