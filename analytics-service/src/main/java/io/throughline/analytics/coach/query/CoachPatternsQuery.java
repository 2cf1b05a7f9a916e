package io.throughline.analytics.coach.query;

import static com.mongodb.client.model.Filters.eq;

import io.throughline.analytics.projection.model.CoachRollup;
import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.model.RollupFigures;
import io.throughline.analytics.projection.store.ReadModels;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class CoachPatternsQuery {

    private final ReadModels readModels;

    public CoachPatternsQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** Empty if no event has named the coach in that organisation. */
    public Optional<CoachPatterns> find(String orgId, String coachId) {
        CoachRollup rollup = readModels.active().coaches().find(eq("_id", Keys.coach(orgId, coachId))).first();
        if (rollup == null) {
            return Optional.empty();
        }
        RollupFigures figures = new RollupFigures(rollup::count);
        return Optional.of(new CoachPatterns(orgId, coachId, figures.sessionsEnded(), figures.agreementRate(),
                figures.agreementCompleteness(), figures.sidetrackFrequency(), figures.reContractRate(),
                figures.silentDriftRate(), figures.avgShiftToReContractMinutes(), figures.reContractOutcomes(),
                figures.progressCheckRate()));
    }
}
