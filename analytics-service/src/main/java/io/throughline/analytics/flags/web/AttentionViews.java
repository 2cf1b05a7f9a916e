package io.throughline.analytics.flags.web;

import io.throughline.analytics.attention.Evidence;
import io.throughline.analytics.attention.RuleState;
import io.throughline.analytics.flags.query.AttentionQuery.Person;
import io.throughline.analytics.flags.store.Acknowledgement;
import io.throughline.analytics.flags.store.AttentionMarks.Flag;
import io.throughline.analytics.flags.store.AttentionMarks.Marks;
import io.throughline.analytics.flags.store.Feedback;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The answers' shapes (API.md): one person's every rule, and the organisation's entries with their raised flags. */
final class AttentionViews {

    /** One rule of one person; acknowledgement only while it covers the raised flag. */
    record RuleView(
            String rule,
            RuleState.Status status,
            String sentence,
            Double value,
            Double threshold,
            Map<String, Double> values,
            Instant since,
            List<Evidence> evidence,
            Acknowledgement acknowledgement,
            Feedback feedback) {}

    record PersonView(String subjectType, String subjectId, Instant asOf, List<RuleView> rules) {}

    record FlagView(
            String rule,
            String sentence,
            Map<String, Double> values,
            Instant since,
            List<Evidence> evidence,
            Acknowledgement acknowledgement,
            Feedback feedback) {}

    record Entry(String subjectType, String subjectId, List<String> coachIds, List<FlagView> flags) {}

    private AttentionViews() {}

    static PersonView person(String orgId, Person person, Instant asOf, Marks marks) {
        List<RuleView> rules = person.states().stream()
                .map(state -> {
                    Flag flag = flag(orgId, person, state);
                    return new RuleView(
                            state.rule().name(),
                            state.status(),
                            state.sentence(),
                            state.value(),
                            state.threshold(),
                            state.values(),
                            state.since(),
                            state.evidence(),
                            current(state, marks.acknowledgements().get(flag)),
                            marks.feedback().get(flag));
                })
                .toList();
        return new PersonView(AttentionParameters.json(person.subjectType()), person.subjectId(), asOf, rules);
    }

    /** The person's raised flags, each with its acknowledgement if that still covers it and its feedback. */
    static List<FlagView> flags(String orgId, Person person, Marks marks) {
        return person.states().stream()
                .filter(RuleState::raised)
                .map(state -> {
                    Flag flag = flag(orgId, person, state);
                    return new FlagView(
                            state.rule().name(),
                            state.sentence(),
                            state.values(),
                            state.since(),
                            state.evidence(),
                            current(state, marks.acknowledgements().get(flag)),
                            marks.feedback().get(flag));
                })
                .toList();
    }

    static Flag flag(String orgId, Person person, RuleState state) {
        return new Flag(
                orgId,
                AttentionParameters.json(person.subjectType()),
                person.subjectId(),
                state.rule().name());
    }

    /** The sessionAt of a raised flag's newest evidence (its {@code since} if it has none). */
    static Instant newestEvidence(RuleState state) {
        return state.evidence().stream()
                .map(Evidence::sessionAt)
                .max(Comparator.naturalOrder())
                .orElse(state.since());
    }

    private static Acknowledgement current(RuleState state, Acknowledgement acknowledgement) {
        return acknowledgement != null && state.raised() && acknowledgement.covers(newestEvidence(state))
                ? acknowledgement
                : null;
    }
}
