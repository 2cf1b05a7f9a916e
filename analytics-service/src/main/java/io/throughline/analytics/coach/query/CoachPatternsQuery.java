package io.throughline.analytics.coach.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import io.throughline.analytics.projection.model.Counter;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.model.RollupFigures;
import io.throughline.analytics.projection.store.ClientSums;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.ReadModels;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Adds up the coach's share of each of the coach's clients' rollups: its cost grows with the coach's clients, not sessions. */
@Component
public class CoachPatternsQuery {

    private final ReadModels readModels;

    public CoachPatternsQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** Empty if no event has named the coach in that organisation. */
    public Optional<CoachPatterns> find(String orgId, String coachId) {
        ReadModel model = readModels.active();
        Document coach =
                model.coaches().find(eq("_id", Keys.coach(orgId, coachId))).first();
        if (coach == null) {
            return Optional.empty();
        }
        Map<Counter, Long> sums = new EnumMap<>(Counter.class);
        Set<String> clients = new TreeSet<>();
        model.clients()
                .find(in(
                        "_id",
                        coach.getList("clients", String.class).stream()
                                .map(clientId -> Keys.client(orgId, clientId))
                                .toList()))
                .map(ClientSums::read)
                .forEach(client -> {
                    for (Counter counter : Counter.values()) {
                        sums.merge(counter, client.count(coachId, counter), Long::sum);
                    }
                    if (client.hasSessionsWith(coachId)) {
                        clients.add(client.clientId());
                    }
                });
        RollupFigures figures = new RollupFigures(counter -> sums.getOrDefault(counter, 0L));
        return Optional.of(new CoachPatterns(
                orgId,
                coachId,
                figures.sessionsEnded(),
                figures.agreementRate(),
                figures.agreementCompleteness(),
                figures.sidetrackFrequency(),
                figures.reContractRate(),
                figures.silentDriftRate(),
                figures.avgShiftToReContractMinutes(),
                figures.reContractOutcomes(),
                figures.progressCheckRate(),
                List.copyOf(clients)));
    }
}
