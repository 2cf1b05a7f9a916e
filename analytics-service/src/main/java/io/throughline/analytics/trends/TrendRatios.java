package io.throughline.analytics.trends;

import io.throughline.analytics.projection.model.RollupFigures;

/**
 * The ratios of a trend point, over one period or, for {@code rolling}, over the k periods up to it
 * as ratios of sums. Each is null where its denominator counts nothing: a gap, never 0.
 */
public record TrendRatios(
        Double sidetrackFrequency,
        Double sidetracksPerHour,
        Double onAgreedTopicShare,
        Double connectedShare,
        Double reContractRate,
        Double silentDriftRate,
        Double agreementRate,
        Double avgMinutesToAgreement,
        Double agreementCompleteness,
        Double prepCompletionRate) {

    static TrendRatios of(RollupFigures figures) {
        return new TrendRatios(
                figures.sidetrackFrequency(),
                figures.sidetracksPerHour(),
                figures.onAgreedTopicShare(),
                figures.connectedShare(),
                figures.reContractRate(),
                figures.silentDriftRate(),
                figures.agreementRate(),
                figures.avgMinutesToAgreement(),
                figures.agreementCompleteness(),
                figures.completionRate());
    }
}
