package io.throughline.analytics.flags.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import io.throughline.analytics.attention.Attention;
import io.throughline.analytics.attention.AttentionRule.Subject;
import io.throughline.analytics.attention.AttentionSettings;
import io.throughline.analytics.attention.RuleState;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.analytics.projection.store.SessionBson;
import io.throughline.analytics.settings.store.AnalyticsSettingsStore;
import io.throughline.analytics.trends.TrendSession;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The attention rules of one person, or of everyone of an organisation, as of asOf: the session documents in
 * {@code sessions} read once (one person's, or the organisation's grouped by client and by coach), the zone from the
 * organisation's settings, the thresholds METRICS.md's defaults.
 */
@Component
public class AttentionQuery {

    /** One person's rules, in the order of the rules; {@code coachIds} the coaches of a client's sessions. */
    public record Person(Subject subjectType, String subjectId, List<String> coachIds, List<RuleState> states) {}

    private final ReadModels readModels;
    private final AnalyticsSettingsStore settings;

    public AttentionQuery(ReadModels readModels, AnalyticsSettingsStore settings) {
        this.readModels = readModels;
        this.settings = settings;
    }

    /** Whether any event has named the client or coach in that organisation. */
    public boolean known(String orgId, Subject type, String id) {
        ReadModel model = readModels.active();
        return type == Subject.CLIENT
                ? model.clients().find(eq("_id", Keys.client(orgId, id))).first() != null
                : model.coaches().find(eq("_id", Keys.coach(orgId, id))).first() != null;
    }

    public Person person(String orgId, Subject type, String id, Instant asOf) {
        Bson filter = and(eq("orgId", orgId), eq(type == Subject.CLIENT ? "clientId" : "coachId", id));
        return evaluate(type, id, sessions(filter), asOf, zone(orgId));
    }

    /** Every client and coach with a session in the organisation. */
    public List<Person> organisation(String orgId, Instant asOf) {
        List<TrendSession> sessions = sessions(eq("orgId", orgId));
        ZoneId zone = zone(orgId);
        List<Person> people = new ArrayList<>();
        for (String clientId : distinct(sessions, TrendSession::clientId)) {
            people.add(evaluate(Subject.CLIENT, clientId, sessions, asOf, zone));
        }
        for (String coachId : distinct(sessions, TrendSession::coachId)) {
            people.add(evaluate(Subject.COACH, coachId, sessions, asOf, zone));
        }
        return people;
    }

    private static Person evaluate(Subject type, String id, List<TrendSession> sessions, Instant asOf, ZoneId zone) {
        AttentionSettings defaults = AttentionSettings.defaults();
        if (type == Subject.COACH) {
            return new Person(type, id, List.of(id), Attention.forCoach(id, sessions, asOf, defaults));
        }
        List<String> coachIds = distinct(
                sessions.stream()
                        .filter(session -> id.equals(session.clientId()))
                        .toList(),
                TrendSession::coachId);
        return new Person(type, id, coachIds, Attention.forClient(id, sessions, asOf, zone, defaults));
    }

    private List<TrendSession> sessions(Bson filter) {
        List<TrendSession> sessions = new ArrayList<>();
        for (Document document : readModels.active().sessions().find(filter)) {
            TrendSession.of(SessionBson.read(document), SessionBson.lastRecordedAt(document))
                    .ifPresent(sessions::add);
        }
        return sessions;
    }

    private ZoneId zone(String orgId) {
        return settings.find(orgId).zone();
    }

    private static List<String> distinct(
            List<TrendSession> sessions, java.util.function.Function<TrendSession, String> id) {
        return List.copyOf(sessions.stream()
                .map(id)
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
}
