package io.throughline.analytics.history.query;

import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.analytics.projection.store.SessionBson;
import io.throughline.analytics.trends.TrendQuery;
import io.throughline.analytics.trends.TrendSession;
import io.throughline.analytics.trends.Trends;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * A subject's trends from its session documents in {@code sessions} (one read of the subject's
 * documents, folded again; a session's {@code lastRecordedAt} gives its point's {@code revisedAt}).
 * It costs the subject's number of sessions: the embedded MongoDB scans for it, a real one uses the
 * {@code {orgId, clientId}} and {@code {orgId, coachId}} indexes.
 */
@Component
public class TrendsQuery {

    /** Organisation-wide, a rising topic needs at least this many clients (METRICS.md). */
    private static final int ORGANISATION_MIN_CLIENTS = 3;

    private final ReadModels readModels;

    public TrendsQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** Empty if no event has named the client or coach in that organisation. */
    public Optional<Trend> find(Subject subject, TrendQuery query) {
        ReadModel model = readModels.active();
        if (!subject.known(model)) {
            return Optional.empty();
        }
        List<TrendSession> sessions = sessions(model, subject);
        int minClients = subject.type() == Subject.Type.ORGANISATION ? ORGANISATION_MIN_CLIENTS : 1;
        String path = subject.sessionsPath();
        return Optional.of(Trend.of(
                subject,
                Trends.compute(sessions, query, minClients),
                point -> path == null ? null : path + "?from=" + point.from() + "&to=" + point.to()));
    }

    static List<TrendSession> sessions(ReadModel model, Subject subject) {
        List<TrendSession> sessions = new ArrayList<>();
        for (Document document : model.sessions().find(subject.sessions())) {
            TrendSession.of(SessionBson.read(document), SessionBson.lastRecordedAt(document))
                    .filter(session ->
                            subject.type() != Subject.Type.COACH || subject.id().equals(session.coachId()))
                    .ifPresent(sessions::add);
        }
        return sessions;
    }
}
