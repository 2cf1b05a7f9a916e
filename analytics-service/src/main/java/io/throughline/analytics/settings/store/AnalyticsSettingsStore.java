package io.throughline.analytics.settings.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import io.throughline.analytics.attention.AttentionRule;
import io.throughline.analytics.attention.AttentionSettings;
import io.throughline.analytics.attention.RuleThresholds;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The analytics settings in {@code analytics_settings}, one document per organisation ({@code _id}
 * the orgId): {@code timeZone}, {@code rules} ({@code {RULE: {enabled, <thresholds by name>}}}, all
 * nine) and who changed them when. The service's own data, which a rebuild neither reads nor drops (it
 * renames only the read models' collections), so settings outlive every rebuild. A rule or threshold
 * missing from a stored document (one written before thresholds were settings) reads as its default.
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
                attention(d.get("rules", Document.class)),
                d.getString("updatedBy"),
                updatedAt == null ? null : updatedAt.toInstant());
    }

    /** Replaces the organisation's settings, keeping who ({@code sub}) and when. */
    public AnalyticsSettings save(
            String orgId, String timeZone, AttentionSettings attention, String updatedBy, Instant at) {
        settings.replaceOne(
                eq("_id", orgId),
                new Document("orgId", orgId)
                        .append("timeZone", timeZone)
                        .append("rules", rules(attention))
                        .append("updatedBy", updatedBy)
                        .append("updatedAt", Date.from(at)),
                new ReplaceOptions().upsert(true));
        return find(orgId);
    }

    private static Document rules(AttentionSettings attention) {
        Document rules = new Document();
        for (AttentionRule rule : AttentionRule.values()) {
            Document one = new Document("enabled", attention.enabled(rule));
            one.putAll(RuleThresholds.of(attention, rule));
            rules.append(rule.name(), one);
        }
        return rules;
    }

    private static AttentionSettings attention(Document rules) {
        AttentionSettings attention = AttentionSettings.defaults();
        if (rules == null) {
            return attention;
        }
        Set<AttentionRule> disabled = EnumSet.noneOf(AttentionRule.class);
        for (AttentionRule rule : AttentionRule.values()) {
            Document one = rules.get(rule.name(), Document.class);
            if (one == null) {
                continue;
            }
            if (Boolean.FALSE.equals(one.getBoolean("enabled"))) {
                disabled.add(rule);
            }
            Map<String, Object> thresholds = new LinkedHashMap<>(one);
            thresholds.remove("enabled");
            attention = RuleThresholds.with(attention, rule, thresholds);
        }
        return attention.withDisabled(disabled);
    }
}
