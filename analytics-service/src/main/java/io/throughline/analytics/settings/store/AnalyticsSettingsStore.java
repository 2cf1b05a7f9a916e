package io.throughline.analytics.settings.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The analytics settings in {@code analytics_settings}, one document per organisation ({@code _id}
 * the orgId): the service's own data, which a rebuild neither reads nor drops (it renames only the
 * read models' collections), so settings outlive every rebuild.
 */
@Component
public class AnalyticsSettingsStore {

    public static final String COLLECTION = "analytics_settings";

    private final MongoCollection<Document> settings;

    public AnalyticsSettingsStore(MongoDatabase analyticsDatabase) {
        this.settings = analyticsDatabase.getCollection(COLLECTION);
    }

    /** The stored settings, or the defaults if the organisation never set any. */
    public AnalyticsSettings find(String orgId) {
        Document d = settings.find(eq("_id", orgId)).first();
        if (d == null) {
            return AnalyticsSettings.defaults(orgId);
        }
        Date updatedAt = d.getDate("updatedAt");
        return new AnalyticsSettings(
                orgId,
                d.getString("timeZone"),
                d.getString("updatedBy"),
                updatedAt == null ? null : updatedAt.toInstant());
    }

    /** Replaces the organisation's settings, keeping who ({@code sub}) and when. */
    public AnalyticsSettings save(String orgId, String timeZone, String updatedBy, Instant at) {
        settings.replaceOne(
                eq("_id", orgId),
                new Document("orgId", orgId)
                        .append("timeZone", timeZone)
                        .append("updatedBy", updatedBy)
                        .append("updatedAt", Date.from(at)),
                new ReplaceOptions().upsert(true));
        return find(orgId);
    }
}
