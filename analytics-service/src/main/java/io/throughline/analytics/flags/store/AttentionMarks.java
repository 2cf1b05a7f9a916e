package io.throughline.analytics.flags.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Acknowledgements in {@code attention_acknowledgements} and feedback in {@code attention_feedback}, one document per
 * organisation, person and rule. Like {@code analytics_settings} they are the service's own data: a rebuild neither
 * reads nor drops them (it renames only the read models' collections), so they outlive every rebuild.
 */
@Component
public class AttentionMarks {

    public static final String ACKNOWLEDGEMENTS = "attention_acknowledgements";
    public static final String FEEDBACK = "attention_feedback";

    /** One flag: a rule about one person of an organisation. */
    public record Flag(String orgId, String subjectType, String subjectId, String rule) {
        String key() {
            return orgId + "|" + subjectType + "|" + subjectId + "|" + rule;
        }
    }

    /** The marks of one organisation, by flag. */
    public record Marks(Map<Flag, Acknowledgement> acknowledgements, Map<Flag, Feedback> feedback) {}

    private final MongoCollection<Document> acknowledgements;
    private final MongoCollection<Document> feedback;

    public AttentionMarks(MongoDatabase analyticsDatabase) {
        this.acknowledgements = analyticsDatabase.getCollection(ACKNOWLEDGEMENTS);
        this.feedback = analyticsDatabase.getCollection(FEEDBACK);
        acknowledgements.createIndex(Indexes.ascending("orgId"));
        feedback.createIndex(Indexes.ascending("orgId"));
    }

    /** Every acknowledgement and feedback of the organisation, read once. */
    public Marks of(String orgId) {
        Map<Flag, Acknowledgement> acks = new HashMap<>();
        for (Document d : acknowledgements.find(eq("orgId", orgId))) {
            acks.put(flag(d), acknowledgement(d));
        }
        Map<Flag, Feedback> answers = new HashMap<>();
        for (Document d : feedback.find(eq("orgId", orgId))) {
            answers.put(flag(d), new Feedback(d.getBoolean("useful"), d.getString("by"), instant(d, "at")));
        }
        return new Marks(acks, answers);
    }

    /** The organisation's feedback per rule name, over every person's flags; a rule without answers is absent. */
    public Map<String, FeedbackCount> feedbackByRule(String orgId) {
        Map<String, FeedbackCount> counts = new HashMap<>();
        for (Document d : feedback.find(eq("orgId", orgId)).projection(new Document("rule", 1).append("useful", 1))) {
            boolean useful = Boolean.TRUE.equals(d.getBoolean("useful"));
            counts.merge(d.getString("rule"), FeedbackCount.NONE.plus(useful), (a, b) -> a.plus(useful));
        }
        return counts;
    }

    public Optional<Acknowledgement> acknowledgement(Flag flag) {
        return Optional.ofNullable(acknowledgements.find(eq("_id", flag.key())).first())
                .map(AttentionMarks::acknowledgement);
    }

    public Acknowledgement acknowledge(Flag flag, Acknowledgement acknowledgement) {
        acknowledgements.replaceOne(
                eq("_id", flag.key()),
                document(flag)
                        .append("note", acknowledgement.note())
                        .append("by", acknowledgement.by())
                        .append("at", Date.from(acknowledgement.at()))
                        .append("evidenceUpTo", Date.from(acknowledgement.evidenceUpTo())),
                new ReplaceOptions().upsert(true));
        return acknowledgement;
    }

    /** Whether there was an acknowledgement to remove. */
    public boolean unacknowledge(Flag flag) {
        return acknowledgements.deleteOne(eq("_id", flag.key())).getDeletedCount() > 0;
    }

    public Feedback feedback(Flag flag, Feedback answer) {
        feedback.replaceOne(
                eq("_id", flag.key()),
                document(flag)
                        .append("useful", answer.useful())
                        .append("by", answer.by())
                        .append("at", Date.from(answer.at())),
                new ReplaceOptions().upsert(true));
        return answer;
    }

    private static Document document(Flag flag) {
        return new Document("orgId", flag.orgId())
                .append("subjectType", flag.subjectType())
                .append("subjectId", flag.subjectId())
                .append("rule", flag.rule());
    }

    private static Flag flag(Document d) {
        return new Flag(
                d.getString("orgId"), d.getString("subjectType"), d.getString("subjectId"), d.getString("rule"));
    }

    private static Acknowledgement acknowledgement(Document d) {
        return new Acknowledgement(
                d.getString("note"), d.getString("by"), instant(d, "at"), instant(d, "evidenceUpTo"));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
