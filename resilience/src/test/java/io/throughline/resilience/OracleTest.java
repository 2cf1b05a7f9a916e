package io.throughline.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The oracle against METRICS.md's worked example (the article's session) and overlapping shifts. */
class OracleTest {

    private static final Instant TEN = Instant.parse("2025-11-03T10:00:00Z");

    @Test
    void theArticlesSessionAsMetricsWorksItOut() {
        SessionPlan plan = new SessionPlan("o", "s1", "coachee-1", "coach-1", TEN, SessionPlan.Prep.NEVER);
        plan.add("start", 0, null);
        plan.add("check-in", 0, null, "readiness", "NEEDS_TO_OFFLOAD");
        plan.add("agreement", 3, null, "topic", "the team's dynamics");
        plan.add("pieces", 33, null, "summary", "confirmed");
        plan.add("topic-shifts", 40, null, "topic", "boss", "noticedBy", "COACH");
        plan.add("re-contract", 45, 0, "outcome", "RETURN_TO_AGREED");
        plan.add("topic-shifts", 52, null, "topic", "a peer", "noticedBy", "CLIENT");
        plan.add("re-contract", 55, 1, "outcome", "CONNECTED_TO_AGREED");
        plan.add("end", 60, null, "progress", "ACHIEVED");
        Acknowledged session = acknowledgedAll(plan);

        Map<String, Object> client = Oracle.client(List.of(session));

        assertThat(client.get("sessionsEnded")).isEqualTo(1L);
        assertThat(client.get("topicShifts")).isEqualTo(2L);
        assertThat((Double) client.get("sidetrackFrequency")).isEqualTo(2.0);
        assertThat((Double) client.get("sidetracksPerHour")).isEqualTo(2.0);
        assertThat((Double) client.get("avgMinutesToAgreement")).isEqualTo(3.0);
        assertThat((Double) client.get("onAgreedTopicShare")).isCloseTo(52.0 / 57, within(1e-9));
        assertThat(client.get("reContractOutcomes.RETURN_TO_AGREED")).isEqualTo(1L);
        assertThat(client.get("reContractOutcomes.CONNECTED_TO_AGREED")).isEqualTo(1L);
        assertThat(client.get("reContractOutcomes.UNRESOLVED")).isEqualTo(0L);
        assertThat(client.get("progress.ACHIEVED")).isEqualTo(1L);
        assertThat(client.get("prepForms.requested")).isEqualTo(1L);
        assertThat(client.get("prepForms.missed")).isEqualTo(1L);
        Map<String, Object> coach = Oracle.coach(List.of(session));
        assertThat((Double) coach.get("reContractRate")).isEqualTo(1.0);
        assertThat((Double) coach.get("silentDriftRate")).isEqualTo(0.0);
        assertThat((Double) coach.get("agreementRate")).isEqualTo(1.0);
    }

    @Test
    void offTopicWhileAnyShiftThatIsNotConnectedIsOpenCountedOnce() {
        // s4 of the trends example: "Boss " 10:20, RETURN 10:30; holiday plans 10:40 left open; ended 11:00 → 26/56
        SessionPlan plan = new SessionPlan("o", "s4", "c", "k", TEN, SessionPlan.Prep.LATE);
        plan.add("start", 0, null);
        plan.add("agreement", 4, null, "topic", "t");
        plan.add("topic-shifts", 20, null, "topic", "Boss ", "noticedBy", "COACH");
        plan.add("topic-shifts", 25, null, "topic", "budget", "noticedBy", "COACH");
        plan.add("re-contract", 30, 0, "outcome", "RETURN_TO_AGREED");
        plan.add("re-contract", 28, 1, "outcome", "ADOPT_NEW_TOPIC");
        plan.add("topic-shifts", 40, null, "topic", "holiday plans", "noticedBy", "CLIENT");
        plan.add("end", 60, null, "progress", "PARTLY");
        Acknowledged session = acknowledgedAll(plan);
        session.prepLate = true;

        Map<String, Object> client = Oracle.client(List.of(session));

        assertThat((Double) client.get("onAgreedTopicShare")).isCloseTo(26.0 / 56, within(1e-9));
        assertThat(client.get("reContractOutcomes.UNRESOLVED")).isEqualTo(1L);
        assertThat(client.get("prepForms.submitted")).isEqualTo(1L);
        assertThat(client.get("prepForms.late")).isEqualTo(1L);
        assertThat(client.get("prepForms.missed")).isEqualTo(1L);
    }

    private static Acknowledged acknowledgedAll(SessionPlan plan) {
        Acknowledged session = new Acknowledged(plan);
        session.scheduled = true;
        plan.steps.forEach(session::step);
        return session;
    }
}
