package io.throughline.analytics.client.query;

import static com.mongodb.client.model.Filters.eq;

import io.throughline.analytics.client.query.ClientPatterns.PrepFormCounts;
import io.throughline.analytics.client.query.ClientPatterns.SessionRow;
import io.throughline.analytics.client.query.ClientPatterns.SessionsPage;
import io.throughline.analytics.projection.model.Counter;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.model.RollupFigures;
import io.throughline.analytics.projection.model.SessionDocument;
import io.throughline.analytics.projection.store.ClientSums;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.analytics.session.fold.SessionFigures;
import io.throughline.analytics.session.fold.SessionFold;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

@Component
public class ClientPatternsQuery {

    private final ReadModels readModels;

    public ClientPatternsQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** Empty if no event has mentioned the client in that organisation. */
    public Optional<ClientPatterns> find(String orgId, String clientId, int page, int size) {
        ReadModel model = readModels.active();
        Document stored =
                model.clients().find(eq("_id", Keys.client(orgId, clientId))).first();
        if (stored == null) {
            return Optional.empty();
        }
        ClientSums rollup = ClientSums.read(stored);
        RollupFigures figures = new RollupFigures(rollup::count);
        List<SessionRow> sessions = SessionListing.page(model, orgId, clientId, rollup.months(), page, size).stream()
                .map(ClientPatternsQuery::row)
                .toList();
        long total = rollup.count(Counter.SESSIONS);
        return Optional.of(new ClientPatterns(
                orgId,
                clientId,
                figures.sessionsEnded(),
                figures.topicShifts(),
                figures.sidetrackFrequency(),
                figures.sidetracksPerHour(),
                figures.reContractOutcomes(),
                figures.connectedShare(),
                figures.avgMinutesToAgreement(),
                figures.avgShiftToReContractMinutes(),
                figures.onAgreedTopicShare(),
                new PrepFormCounts(
                        figures.count(Counter.PREP_REQUESTED),
                        figures.count(Counter.PREP_SUBMITTED),
                        figures.count(Counter.PREP_MISSED),
                        figures.count(Counter.PREP_LATE),
                        figures.completionRate()),
                figures.sidetrackFrequencyWithPrep(),
                figures.sidetrackFrequencyWithoutPrep(),
                RecurringTopics.of(rollup.topics()),
                figures.progress(),
                sessions,
                new SessionsPage(page, size, total, (total + size - 1) / size)));
    }

    private static SessionRow row(SessionDocument document) {
        SessionFigures session = SessionFold.fold(document.facts());
        return new SessionRow(
                document.sessionId(),
                session.coachId(),
                session.scheduledStart(),
                session.startedAt(),
                session.endedAt(),
                session.status(),
                session.topicShifts(),
                session.onAgreedTopicShare(),
                session.minutesToAgreement(),
                session.prepForm());
    }
}
