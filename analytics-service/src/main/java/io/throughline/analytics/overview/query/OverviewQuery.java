package io.throughline.analytics.overview.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Sorts;
import io.throughline.analytics.overview.query.Overview.ClientHeadline;
import io.throughline.analytics.overview.query.Overview.CoachHeadline;
import io.throughline.analytics.projection.model.Counter;
import io.throughline.analytics.projection.model.RollupFigures;
import io.throughline.analytics.projection.store.ClientSums;
import io.throughline.analytics.projection.store.ReadModels;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Reads every client rollup of the organisation once: the clients' headlines, the coaches' (from
 * the clients' per-coach shares) and the organisation's sums. Its cost grows with the organisation's
 * clients, not with their sessions.
 */
@Component
public class OverviewQuery {

    private final ReadModels readModels;

    public OverviewQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** An organisation nothing has happened in yet has an overview with no one in it. */
    public Overview find(String orgId) {
        Map<Counter, Long> organisation = new EnumMap<>(Counter.class);
        Map<String, Map<Counter, Long>> coaches = new TreeMap<>();
        List<ClientHeadline> clients = new ArrayList<>();
        for (Document stored :
                readModels.active().clients().find(eq("orgId", orgId)).sort(Sorts.ascending("clientId"))) {
            ClientSums rollup = ClientSums.read(stored);
            RollupFigures figures = new RollupFigures(rollup::count);
            clients.add(new ClientHeadline(
                    rollup.clientId(),
                    figures.sessionsEnded(),
                    figures.sidetrackFrequency(),
                    figures.onAgreedTopicShare()));
            for (Counter counter : Counter.values()) {
                organisation.merge(counter, rollup.count(counter), Long::sum);
            }
            rollup.byCoach().forEach((coach, share) -> {
                Map<Counter, Long> sums = coaches.computeIfAbsent(coach, key -> new EnumMap<>(Counter.class));
                share.forEach((counter, value) -> sums.merge(counter, value, Long::sum));
            });
        }
        List<CoachHeadline> coachHeadlines = new ArrayList<>();
        coaches.forEach((coachId, sums) -> {
            RollupFigures figures = new RollupFigures(counter -> sums.getOrDefault(counter, 0L));
            coachHeadlines.add(new CoachHeadline(
                    coachId, figures.sessionsEnded(), figures.reContractRate(), figures.silentDriftRate()));
        });
        RollupFigures overall = new RollupFigures(counter -> organisation.getOrDefault(counter, 0L));
        return new Overview(
                orgId,
                clients,
                coachHeadlines,
                overall.sidetrackFrequency(),
                overall.sidetrackFrequencyWithPrep(),
                overall.sidetrackFrequencyWithoutPrep());
    }
}
