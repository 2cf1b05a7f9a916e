package io.throughline.analytics.projection.store;

import static io.throughline.analytics.projection.store.FactsBson.date;

import io.throughline.analytics.projection.model.SessionDocument;
import io.throughline.analytics.session.fold.SessionFacts;
import io.throughline.analytics.session.fold.SessionFigures;
import io.throughline.analytics.session.fold.ShiftFigures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * One document per session in {@code sessions}: its ids, the per-session figures as named fields
 * (for people and BI tools reading the collection; the API folds the facts again), the shifts with
 * their outcomes, the facts the fold works from ({@code facts}) and {@code clientVersion}, the
 * version of the client's sums that counts this state of the session.
 */
public final class SessionBson {

    static final String CLIENT_VERSION = "clientVersion";
    /** The latest Kafka record time of the session's applied events (for a trend point's {@code revisedAt}). */
    public static final String LAST_RECORDED_AT = "lastRecordedAt";

    private SessionBson() {}

    static Document write(SessionDocument session, SessionFigures figures, long clientVersion, Instant lastRecordedAt) {
        Document d = new Document("_id", session.id())
                .append("orgId", session.orgId())
                .append("clientId", session.clientId())
                .append("sessionId", session.sessionId())
                .append(
                        "status",
                        figures.status() == null ? null : figures.status().name())
                .append("coachId", figures.coachId())
                .append("scheduledStart", date(figures.scheduledStart()))
                .append("startedAt", date(figures.startedAt()))
                .append("endedAt", date(figures.endedAt()))
                .append("cancelledAt", date(figures.cancelledAt()))
                .append("progress", figures.progress())
                .append("topicShifts", figures.topicShifts())
                .append("onAgreedTopicShare", figures.onAgreedTopicShare())
                .append("minutesToAgreement", figures.minutesToAgreement())
                .append("prepForm", figures.prepForm().name())
                .append("sortKey", date(figures.sortKey()))
                .append(LAST_RECORDED_AT, date(lastRecordedAt));
        if (figures.agreement() != null) {
            d.append("agreedTopic", figures.agreement().topic());
        }
        List<Document> shifts = new ArrayList<>(figures.shifts().size());
        for (ShiftFigures shift : figures.shifts()) {
            Document s = new Document("shiftId", shift.shiftId())
                    .append("topic", shift.topic())
                    .append("at", date(shift.at()))
                    .append("outcome", shift.outcome() != null ? shift.outcome().name() : shift.outcomeAsGiven())
                    .append("reContractedAt", date(shift.reContractedAt()));
            s.values().removeIf(value -> value == null);
            shifts.add(s);
        }
        d.values().removeIf(value -> value == null);
        return d.append("shifts", shifts)
                .append("facts", FactsBson.write(session.facts()))
                .append(CLIENT_VERSION, clientVersion);
    }

    /**
     * The session as the fold needs it; any figure stored beside the facts is worked out again. A
     * document without facts is a writer's claim on a session whose events are on their way
     * ({@link Writes#claim}): a session nothing is known of.
     */
    public static SessionDocument read(Document d) {
        Document facts = d.get("facts", Document.class);
        return new SessionDocument(
                d.getString("_id"),
                d.getString("orgId"),
                d.getString("clientId"),
                d.getString("sessionId"),
                facts == null ? SessionFacts.none() : FactsBson.read(facts));
    }

    /** When the latest applied event of the session was recorded on Kafka; null if unknown. */
    public static Instant lastRecordedAt(Document d) {
        Date at = d.getDate(LAST_RECORDED_AT);
        return at == null ? null : at.toInstant();
    }

    static long clientVersion(Document d) {
        Number version = (Number) d.get(CLIENT_VERSION);
        return version == null ? 0 : version.longValue();
    }
}
