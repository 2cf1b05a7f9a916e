package io.throughline.analytics.overview.query;

import java.util.List;

/** An organisation at a glance (METRICS.md, "Organisation"); clients and coaches sorted by id. */
public record Overview(
        String orgId,
        List<ClientHeadline> clients,
        List<CoachHeadline> coaches,
        Double sidetrackFrequency,
        Double sidetrackFrequencyWithPrep,
        Double sidetrackFrequencyWithoutPrep) {

    public record ClientHeadline(
            String clientId, long sessionsEnded, Double sidetrackFrequency, Double onAgreedTopicShare) {}

    public record CoachHeadline(String coachId, long sessionsEnded, Double reContractRate, Double silentDriftRate) {}
}
