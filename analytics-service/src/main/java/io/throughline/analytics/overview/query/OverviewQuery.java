package io.throughline.analytics.overview.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Sorts;
import io.throughline.analytics.overview.query.Overview.ClientHeadline;
import io.throughline.analytics.overview.query.Overview.CoachHeadline;
import io.throughline.analytics.projection.model.ClientRollup;
import io.throughline.analytics.projection.model.Counter;
import io.throughline.analytics.projection.model.RollupFigures;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.ReadModels;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads every client and coach rollup of the organisation: its cost grows with them, not with sessions. */
@Component
public class OverviewQuery {

    private final ReadModels readModels;

    public OverviewQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** An organisation nothing has happened in yet has an overview with no one in it. */
    public Overview find(String orgId) {
        ReadModel model = readModels.active();
        Map<Counter, Long> organisation = new EnumMap<>(Counter.class);
        List<ClientHeadline> clients = new ArrayList<>();
        for (ClientRollup rollup : model.clients().find(eq("orgId", orgId)).sort(Sorts.ascending("clientId"))) {
            RollupFigures figures = new RollupFigures(rollup::count);
            for (Counter counter : Counter.values()) {
                organisation.merge(counter, rollup.count(counter), Long::sum);
            }
            clients.add(new ClientHeadline(rollup.clientId(), figures.sessionsEnded(), figures.sidetrackFrequency(),
                    figures.onAgreedTopicShare()));
        }
        List<CoachHeadline> coaches = new ArrayList<>();
        model.coaches().find(eq("orgId", orgId)).sort(Sorts.ascending("coachId")).forEach(rollup -> {
            RollupFigures figures = new RollupFigures(rollup::count);
            coaches.add(new CoachHeadline(rollup.coachId(), figures.sessionsEnded(), figures.reContractRate(), figures.silentDriftRate()));
        });
        RollupFigures overall = new RollupFigures(counter -> organisation.getOrDefault(counter, 0L));
        return new Overview(orgId, clients, coaches, overall.sidetrackFrequency(), overall.sidetrackFrequencyWithPrep(),
                overall.sidetrackFrequencyWithoutPrep());
    }
}
