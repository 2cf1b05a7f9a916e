package io.throughline.analytics.flags.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.analytics.attention.AttentionRule;
import io.throughline.analytics.attention.AttentionRule.Subject;
import io.throughline.analytics.attention.Evidence;
import io.throughline.analytics.attention.RuleState;
import io.throughline.analytics.attention.RuleState.Status;
import io.throughline.analytics.flags.query.AttentionQuery.Person;
import io.throughline.analytics.flags.store.Acknowledgement;
import io.throughline.analytics.flags.store.AttentionMarks.Flag;
import io.throughline.analytics.flags.store.AttentionMarks.Marks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An acknowledgement hides a flag until a session newer than its evidence makes the rule true again. */
class AttentionViewsTest {

    private static final Instant S5 = Instant.parse("2025-12-01T09:00:00Z");
    private static final Instant S7 = Instant.parse("2025-12-15T09:00:00Z");
    private static final Instant S8 = Instant.parse("2025-12-22T09:00:00Z");
    private static final Flag FLAG = new Flag("org", "client", "coachee-1", "NO_PROGRESS");
    private static final Acknowledgement SEEN_AFTER_S7 =
            new Acknowledgement("talked", "supervisor-1", Instant.parse("2025-12-16T08:00:00Z"), S7);

    @Test
    void keepsTheAcknowledgementWhileTheEvidenceIsNoNewer() {
        assertThat(acknowledgement(person(S5, S7))).isEqualTo(SEEN_AFTER_S7);
    }

    @Test
    void dropsTheAcknowledgementOnceANewerSessionIsEvidenceOfTheRuleAgain() {
        assertThat(acknowledgement(person(S7, S8))).isNull();
    }

    private static Acknowledgement acknowledgement(Person person) {
        Marks marks = new Marks(Map.of(FLAG, SEEN_AFTER_S7), Map.of());
        return AttentionViews.flags("org", person, marks).getFirst().acknowledgement();
    }

    private static Person person(Instant... evidence) {
        RuleState state = new RuleState(
                AttentionRule.NO_PROGRESS,
                Status.RAISED,
                "coachee-1's sessions ended NOT_ACHIEVED in 2 of the last 3",
                2.0,
                2.0,
                Map.of("k", 2.0),
                evidence[0],
                java.util.Arrays.stream(evidence)
                        .map(at -> new Evidence("s-" + at, at, "ended NOT_ACHIEVED"))
                        .toList());
        return new Person(Subject.CLIENT, "coachee-1", List.of("coach-1"), List.of(state));
    }
}
