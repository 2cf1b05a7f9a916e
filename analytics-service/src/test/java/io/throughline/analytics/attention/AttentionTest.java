package io.throughline.analytics.attention;

import static io.throughline.analytics.TrendsExampleMother.AS_OF;
import static io.throughline.analytics.TrendsExampleMother.CLIENT;
import static io.throughline.analytics.TrendsExampleMother.COACH;
import static io.throughline.analytics.TrendsExampleMother.ZONE;
import static io.throughline.analytics.TrendsExampleMother.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.throughline.analytics.AnalyticsMother;
import io.throughline.analytics.TrendsExampleMother;
import io.throughline.analytics.attention.AttentionSettings.OffAgreedTopic;
import io.throughline.analytics.attention.AttentionSettings.SilentDrift;
import io.throughline.analytics.attention.RuleState.Status;
import io.throughline.analytics.trends.TrendSession;
import io.throughline.events.EventEnvelope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** METRICS.md's worked example of trends, its attention part: coachee-1's flags and coach-1's watching rules. */
class AttentionTest {

    private static final List<TrendSession> SESSIONS = TrendsExampleMother.sessions(TrendsExampleMother.events());
    private static final AttentionSettings DEFAULTS = AttentionSettings.defaults();

    @Test
    void raisesTheFourFlagsOfTheWorkedExampleEachWithItsSince() {
        List<RuleState> states = Attention.forClient(CLIENT, SESSIONS, AS_OF, ZONE, DEFAULTS);

        assertThat(states)
                .extracting(RuleState::rule, RuleState::status, RuleState::since)
                .containsExactly(
                        tuple(AttentionRule.SIDETRACKS_RISING, Status.RAISED, sessionAt("2025-12-15")),
                        tuple(AttentionRule.OFF_AGREED_TOPIC, Status.WATCHING, null),
                        tuple(AttentionRule.PARKED_TOPIC_RETURNS, Status.RAISED, sessionAt("2025-11-24")),
                        tuple(AttentionRule.PREP_NOT_ON_TIME, Status.RAISED, sessionAt("2025-12-01")),
                        tuple(AttentionRule.NO_PROGRESS, Status.RAISED, sessionAt("2025-12-15")),
                        tuple(AttentionRule.STALLED, Status.WATCHING, null));
    }

    @Test
    void saysEachFlagInOneSentenceWithTheSessionsThatMakeItTrue() {
        List<RuleState> states = Attention.forClient(CLIENT, SESSIONS, AS_OF, ZONE, DEFAULTS);

        assertThat(state(states, AttentionRule.SIDETRACKS_RISING).sentence())
                .isEqualTo(
                        "coachee-1 had 2.667 sidetracks per session in the last 3 sessions, up from 1.667 in the 3 before");
        assertThat(state(states, AttentionRule.SIDETRACKS_RISING).values())
                .containsEntry("r", 8.0 / 3)
                .containsEntry("p", 5.0 / 3)
                .containsEntry("n", 3.0);
        assertThat(state(states, AttentionRule.PARKED_TOPIC_RETURNS).sentence())
                .isEqualTo("\"boss\" was parked in 5 of coachee-1's last 6 sessions");
        assertThat(ids(state(states, AttentionRule.PARKED_TOPIC_RETURNS)))
                .containsExactly("s1", "s2", "s4", "s6", "s7");
        assertThat(state(states, AttentionRule.PREP_NOT_ON_TIME).sentence())
                .isEqualTo("coachee-1's prep form was late or missing for 2 of the last 3 sessions it was due");
        assertThat(state(states, AttentionRule.PREP_NOT_ON_TIME).evidence())
                .extracting(Evidence::sessionId, Evidence::fact)
                .containsExactly(tuple("s5", "prep form LATE"), tuple("s7", "prep form MISSED"));
        assertThat(state(states, AttentionRule.NO_PROGRESS).sentence())
                .isEqualTo("coachee-1's sessions ended NOT_ACHIEVED in 2 of the last 3");
        assertThat(ids(state(states, AttentionRule.NO_PROGRESS))).containsExactly("s5", "s7");
        assertThat(ids(state(states, AttentionRule.SIDETRACKS_RISING)))
                .containsExactly("s1", "s2", "s4", "s5", "s6", "s7");
    }

    @Test
    void watchesTheRulesNotRaisedWithTheirValues() {
        List<RuleState> states = Attention.forClient(CLIENT, SESSIONS, AS_OF, ZONE, DEFAULTS);
        RuleState offTopic = state(states, AttentionRule.OFF_AGREED_TOPIC);
        RuleState stalled = state(states, AttentionRule.STALLED);

        assertThat(round(offTopic.value())).isEqualTo(0.749);
        assertThat(offTopic.threshold()).isEqualTo(0.70);
        assertThat(offTopic.sentence())
                .isEqualTo("coachee-1 spent 0.749 of the last 3 sessions on the agreed topic or connected context");
        assertThat(stalled.value()).isEqualTo(14.0);
        assertThat(stalled.threshold()).isEqualTo(28.0);
    }

    @Test
    void readsNotEnoughSessionsForSidetracksRisingBeforeS7IsLogged() {
        List<TrendSession> before = TrendsExampleMother.sessions(TrendsExampleMother.beforeS7IsLogged());
        List<RuleState> states = Attention.forClient(CLIENT, before, local("2025-12-22T00:00"), ZONE, DEFAULTS);

        assertThat(state(states, AttentionRule.SIDETRACKS_RISING).status()).isEqualTo(Status.NOT_ENOUGH_SESSIONS);
        assertThat(state(states, AttentionRule.SIDETRACKS_RISING).sentence()).isEqualTo("not enough sessions");
        assertThat(state(states, AttentionRule.PARKED_TOPIC_RETURNS).sentence())
                .isEqualTo("\"boss\" was parked in 4 of coachee-1's last 5 sessions");
        assertThat(state(states, AttentionRule.NO_PROGRESS).status()).isEqualTo(Status.WATCHING);
        assertThat(state(states, AttentionRule.PREP_NOT_ON_TIME).since()).isEqualTo(sessionAt("2025-12-01"));
    }

    @Test
    void watchesCoachOneWithoutAFlag() {
        List<RuleState> states = Attention.forCoach(COACH, SESSIONS, AS_OF, DEFAULTS);

        assertThat(states)
                .extracting(RuleState::rule, RuleState::status)
                .containsExactly(
                        tuple(AttentionRule.SILENT_DRIFT, Status.WATCHING),
                        tuple(AttentionRule.CONTRACTING_GAPS, Status.WATCHING),
                        tuple(AttentionRule.AGREEMENT_SLOWER, Status.NOT_ENOUGH_SESSIONS));
        RuleState drift = state(states, AttentionRule.SILENT_DRIFT);
        assertThat(drift.values()).containsEntry("k", 3.0).containsEntry("n", 13.0);
        assertThat(round(drift.value())).isEqualTo(0.231);
        assertThat(drift.sentence())
                .isEqualTo("3 of coach-1's 13 sidetracks in the last 6 sessions were never re-contracted");
        assertThat(ids(drift)).containsExactly("s4", "s7");
        RuleState gaps = state(states, AttentionRule.CONTRACTING_GAPS);
        assertThat(gaps.values()).containsEntry("k", 0.0).containsEntry("n", 6.0);
        assertThat(gaps.sentence()).isEqualTo("coach-1 ended 0 of the last 6 sessions without a session agreement");
    }

    @Test
    void previewsTheProposedThresholdsRaisingBoth() {
        AttentionSettings proposed = DEFAULTS.withOffAgreedTopic(new OffAgreedTopic(0.75, 0.75))
                .withSilentDrift(new SilentDrift(0.20, 4, 0.15));
        List<RuleState> client = Attention.forClient(CLIENT, SESSIONS, AS_OF, ZONE, proposed);
        List<RuleState> coach = Attention.forCoach(COACH, SESSIONS, AS_OF, proposed);

        assertThat(Attention.preview(Attention.forClient(CLIENT, SESSIONS, AS_OF, ZONE, DEFAULTS), client))
                .isEqualTo(new Attention.Preview(List.of(AttentionRule.OFF_AGREED_TOPIC), List.of()));
        assertThat(Attention.preview(Attention.forCoach(COACH, SESSIONS, AS_OF, DEFAULTS), coach))
                .isEqualTo(new Attention.Preview(List.of(AttentionRule.SILENT_DRIFT), List.of()));
        assertThat(state(client, AttentionRule.OFF_AGREED_TOPIC).since())
                .as("0.735 after s5 is the first below 0.75")
                .isEqualTo(sessionAt("2025-12-01"));
        assertThat(state(coach, AttentionRule.SILENT_DRIFT).since())
                .as("raised at exactly 1/5 after s4, cleared at 1/8 after s5, raised again at 3/13 after s7")
                .isEqualTo(sessionAt("2025-12-15"));
        assertThat(Attention.preview(client, Attention.forClient(CLIENT, SESSIONS, AS_OF, ZONE, DEFAULTS))
                        .clears())
                .containsExactly(AttentionRule.OFF_AGREED_TOPIC);
    }

    @Test
    void raisesStalledFromTwentyEightDaysWithNothingScheduled() {
        Instant asOf = local("2026-01-12T00:00");
        RuleState stalled = state(Attention.forClient(CLIENT, SESSIONS, asOf, ZONE, DEFAULTS), AttentionRule.STALLED);
        List<TrendSession> withNext = new ArrayList<>(SESSIONS);
        withNext.addAll(
                TrendsExampleMother.sessions(AnalyticsMother.session(TrendsExampleMother.ORG, CLIENT, COACH, "s8")
                        .scheduled(local("2026-01-05T09:00"), local("2026-01-19T10:00"))
                        .events()));

        assertThat(stalled.status()).isEqualTo(Status.RAISED);
        assertThat(stalled.sentence()).isEqualTo("coachee-1 has had no session for 28 days and none is scheduled");
        assertThat(ids(stalled)).containsExactly("s7");
        assertThat(stalled.since()).as("raised, by time, after s7").isEqualTo(sessionAt("2025-12-15"));
        assertThat(state(
                                Attention.forClient(CLIENT, SESSIONS, local("2026-01-11T23:59"), ZONE, DEFAULTS),
                                AttentionRule.STALLED)
                        .status())
                .isEqualTo(Status.WATCHING);
        assertThat(state(Attention.forClient(CLIENT, withNext, asOf, ZONE, DEFAULTS), AttentionRule.STALLED)
                        .status())
                .isEqualTo(Status.WATCHING);
    }

    @Test
    void answersTheSameAfterTheEventsAreShuffledAndDuplicated() {
        List<RuleState> expected = Attention.forClient(CLIENT, SESSIONS, AS_OF, ZONE, DEFAULTS);
        List<EventEnvelope> events = TrendsExampleMother.events();
        Random random = new Random(9);
        for (int round = 0; round < 10; round++) {
            List<EventEnvelope> delivered = new ArrayList<>(events);
            delivered.addAll(events.subList(0, random.nextInt(events.size())));
            Collections.shuffle(delivered, random);
            List<TrendSession> sessions = new ArrayList<>(TrendsExampleMother.sessions(delivered));
            Collections.shuffle(sessions, random);

            assertThat(Attention.forClient(CLIENT, sessions, AS_OF, ZONE, DEFAULTS))
                    .isEqualTo(expected);
        }
    }

    @Test
    void leavesADisabledRuleOut() {
        List<RuleState> states = Attention.forClient(
                CLIENT, SESSIONS, AS_OF, ZONE, DEFAULTS.withDisabled(java.util.Set.of(AttentionRule.NO_PROGRESS)));

        assertThat(state(states, AttentionRule.NO_PROGRESS).status()).isEqualTo(Status.DISABLED);
    }

    private static Instant sessionAt(String date) {
        return local(date + "T10:00");
    }

    private static RuleState state(List<RuleState> states, AttentionRule rule) {
        return states.stream().filter(state -> state.rule() == rule).findFirst().orElseThrow();
    }

    private static List<String> ids(RuleState state) {
        return state.evidence().stream().map(Evidence::sessionId).toList();
    }

    private static Double round(Double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
