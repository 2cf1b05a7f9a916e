package io.throughline.analytics.attention;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.analytics.attention.RuleState.Status;
import io.throughline.analytics.session.fold.PrepFormStatus;
import io.throughline.analytics.session.fold.SessionStatus;
import io.throughline.analytics.trends.TrendSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coach rules the worked example cannot raise: slower agreements and contracting gaps. */
class CoachRulesTest {

    private static final String COACH = "coach-x";
    private static final Instant MONDAY = Instant.parse("2025-01-06T10:00:00Z");
    private static final AttentionSettings DEFAULTS = AttentionSettings.defaults();

    @Test
    void raisesAgreementSlowerAtTwiceTheMinutesLeavingOutSessionsThatNeededToOffload() {
        List<TrendSession> sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sessions.add(session(sessions.size(), 4, true, null));
        }
        sessions.add(session(sessions.size(), 60, true, CoachRules.NEEDS_TO_OFFLOAD));
        for (int i = 0; i < 9; i++) {
            sessions.add(session(sessions.size(), 8, true, null));
        }
        RuleState before = state(sessions, AttentionRule.AGREEMENT_SLOWER);
        sessions.add(session(sessions.size(), 8, true, null));
        RuleState after = state(sessions, AttentionRule.AGREEMENT_SLOWER);

        assertThat(before.status()).as("14 sessions count, 15 are needed").isEqualTo(Status.NOT_ENOUGH_SESSIONS);
        assertThat(after.status()).isEqualTo(Status.RAISED);
        assertThat(after.since()).isEqualTo(sessions.getLast().sessionAt());
        assertThat(after.value()).isEqualTo(2.0);
        assertThat(after.sentence())
                .isEqualTo("coach-x took 8 min to an agreement over the last 10 sessions, 2× the 4 min before");
        assertThat(after.evidence())
                .hasSize(10)
                .noneMatch(evidence -> evidence.sessionId().equals("x5"));
    }

    @Test
    void raisesContractingGapsAtTwoWithoutAgreementAndClearsAfterFiveWithOne() {
        List<TrendSession> sessions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sessions.add(session(sessions.size(), 3, true, null));
        }
        assertThat(state(sessions, AttentionRule.CONTRACTING_GAPS).status()).isEqualTo(Status.NOT_ENOUGH_SESSIONS);
        sessions.add(session(sessions.size(), 0, false, null));
        sessions.add(session(sessions.size(), 0, false, null));
        RuleState raised = state(sessions, AttentionRule.CONTRACTING_GAPS);
        for (int i = 0; i < 4; i++) {
            sessions.add(session(sessions.size(), 3, true, null));
        }
        RuleState stillRaised = state(sessions, AttentionRule.CONTRACTING_GAPS);
        sessions.add(session(sessions.size(), 3, true, null));
        RuleState cleared = state(sessions, AttentionRule.CONTRACTING_GAPS);
        sessions.add(session(sessions.size(), 3, true, null));
        RuleState afterOneMore = state(sessions, AttentionRule.CONTRACTING_GAPS);

        assertThat(raised.status()).isEqualTo(Status.RAISED);
        assertThat(raised.since()).isEqualTo(sessions.get(5).sessionAt());
        assertThat(raised.sentence()).isEqualTo("coach-x ended 2 of the last 6 sessions without a session agreement");
        assertThat(stillRaised.status()).as("4 with one are not yet the last 5").isEqualTo(Status.RAISED);
        assertThat(cleared.status()).isEqualTo(Status.WATCHING);
        assertThat(cleared.value()).isEqualTo(2.0);
        assertThat(afterOneMore.status())
                .as("the same 2 without an agreement do not raise it again while the last 5 had one")
                .isEqualTo(Status.WATCHING);
    }

    private static RuleState state(List<TrendSession> sessions, AttentionRule rule) {
        return Attention.forCoach(COACH, sessions, MONDAY.plus(Duration.ofDays(365)), DEFAULTS).stream()
                .filter(state -> state.rule() == rule)
                .findFirst()
                .orElseThrow();
    }

    private static TrendSession session(int index, int minutesToAgreement, boolean agreement, String readiness) {
        Instant at = MONDAY.plus(Duration.ofDays(7L * index));
        return new TrendSession(
                "x" + index,
                "client-" + (index % 3),
                COACH,
                SessionStatus.ENDED,
                at,
                at,
                at,
                at.plus(Duration.ofHours(1)),
                null,
                List.of(),
                agreement ? 900_000_000L : null,
                agreement ? minutesToAgreement * 60_000L : null,
                agreement,
                agreement ? 4 : 0,
                false,
                PrepFormStatus.NONE,
                "PARTLY",
                readiness,
                at.plus(Duration.ofHours(1)));
    }
}
