package io.throughline.analytics.flags.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import io.throughline.analytics.attention.Attention;
import io.throughline.analytics.attention.AttentionRule;
import io.throughline.analytics.attention.AttentionRule.Subject;
import io.throughline.analytics.attention.AttentionSettings;
import io.throughline.analytics.attention.RuleState;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.analytics.projection.store.SessionBson;
import io.throughline.analytics.settings.store.AnalyticsSettings;
import io.throughline.analytics.settings.store.AnalyticsSettingsStore;
import io.throughline.analytics.trends.TrendSession;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The attention rules of one person, or of everyone of an organisation, as of asOf: the session documents in
 * {@code sessions} read once (one person's, or the organisation's grouped by client and by coach), the zone from the
 * organisation's settings, and so are the thresholds and the rules switched off: they apply at read time, so a change
 * needs no rebuild. {@link #preview} evaluates everyone under the current settings and under a proposal.
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
        AnalyticsSettings stored = settings.find(orgId);
        return evaluate(type, id, sessions(filter), asOf, stored.zone(), stored.attention());
    }

    /** Every client and coach with a session in the organisation. */
    public List<Person> organisation(String orgId, Instant asOf) {
        return organisation(sessions(eq("orgId", orgId)), asOf, settings.find(orgId));
    }

    /**
     * The flags {@code proposed} (the organisation's settings with a proposed change) would raise and clear as of
     * asOf, against the stored settings; everyone in the organisation, clients first, each in the rules' order.
     */
    public ThresholdPreview preview(String orgId, Instant asOf, AnalyticsSettings proposed) {
        List<TrendSession> sessions = sessions(eq("orgId", orgId));
        List<Person> now = organisation(sessions, asOf, settings.find(orgId));
        List<Person> then = organisation(sessions, asOf, proposed);
        List<FlagChange> raised = new ArrayList<>();
        List<FlagChange> cleared = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            Person current = now.get(i);
            Person changed = then.get(i);
            Attention.Preview preview = Attention.preview(current.states(), changed.states());
            preview.raises().forEach(rule -> raised.add(change(changed, rule)));
            preview.clears().forEach(rule -> cleared.add(change(current, rule)));
        }
        return new ThresholdPreview(raised, cleared);
    }

    private static FlagChange change(Person person, AttentionRule rule) {
        RuleState state = person.states().stream()
                .filter(candidate -> candidate.rule() == rule)
                .findFirst()
                .orElseThrow();
        return new FlagChange(
                person.subjectType().name().toLowerCase(Locale.ROOT),
                person.subjectId(),
                rule.name(),
                state.sentence());
    }

    private static List<Person> organisation(List<TrendSession> sessions, Instant asOf, AnalyticsSettings settings) {
        List<Person> people = new ArrayList<>();
        for (String clientId : distinct(sessions, TrendSession::clientId)) {
            people.add(evaluate(Subject.CLIENT, clientId, sessions, asOf, settings.zone(), settings.attention()));
        }
        for (String coachId : distinct(sessions, TrendSession::coachId)) {
            people.add(evaluate(Subject.COACH, coachId, sessions, asOf, settings.zone(), settings.attention()));
        }
        return people;
    }

    private static Person evaluate(
            Subject type,
            String id,
            List<TrendSession> sessions,
            Instant asOf,
            ZoneId zone,
            AttentionSettings thresholds) {
        if (type == Subject.COACH) {
            return new Person(type, id, List.of(id), Attention.forCoach(id, sessions, asOf, thresholds));
        }
        List<String> coachIds = distinct(
                sessions.stream()
                        .filter(session -> id.equals(session.clientId()))
                        .toList(),
                TrendSession::coachId);
        return new Person(type, id, coachIds, Attention.forClient(id, sessions, asOf, zone, thresholds));
    }

    private List<TrendSession> sessions(Bson filter) {
        List<TrendSession> sessions = new ArrayList<>();
        for (Document document : readModels.active().sessions().find(filter)) {
            TrendSession.of(SessionBson.read(document), SessionBson.lastRecordedAt(document))
                    .ifPresent(sessions::add);
        }
        return sessions;
    }

    private static List<String> distinct(
            List<TrendSession> sessions, java.util.function.Function<TrendSession, String> id) {
        return List.copyOf(sessions.stream()
                .map(id)
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
}
