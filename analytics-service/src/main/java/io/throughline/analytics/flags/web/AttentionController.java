package io.throughline.analytics.flags.web;

import io.swagger.v3.oas.annotations.Operation;
import io.throughline.analytics.access.ReadAccess;
import io.throughline.analytics.attention.AttentionRule;
import io.throughline.analytics.attention.AttentionRule.Subject;
import io.throughline.analytics.attention.RuleState;
import io.throughline.analytics.flags.query.AttentionQuery;
import io.throughline.analytics.flags.query.AttentionQuery.Person;
import io.throughline.analytics.flags.store.Acknowledgement;
import io.throughline.analytics.flags.store.AttentionMarks;
import io.throughline.analytics.flags.store.AttentionMarks.Flag;
import io.throughline.analytics.flags.store.AttentionMarks.Marks;
import io.throughline.analytics.flags.store.Feedback;
import io.throughline.analytics.flags.web.AttentionParameters.Acknowledged;
import io.throughline.analytics.flags.web.AttentionViews.Entry;
import io.throughline.analytics.flags.web.AttentionViews.FlagView;
import io.throughline.analytics.flags.web.AttentionViews.PersonView;
import io.throughline.analytics.web.ConflictException;
import io.throughline.analytics.web.NotFoundException;
import io.throughline.platform.security.Caller;
import io.throughline.platform.web.ResourceId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who needs attention (METRICS.md): one person's every rule, the organisation's raised flags, and their
 * acknowledgement and feedback. A person the caller may not see is a 404, as one without events.
 */
@RestController
class AttentionController {

    private static final String ORG = "/api/v1/orgs/{orgId}";
    private static final String PERSON = ORG + "/attention/{subjectType}/{subjectId}";

    record AcknowledgementRequest(@Size(max = 2000) String note) {}

    record FeedbackRequest(@NotNull Boolean useful) {}

    private final AttentionQuery query;
    private final AttentionMarks marks;
    private final ReadAccess access;
    private final Clock clock;

    AttentionController(AttentionQuery query, AttentionMarks marks, ReadAccess access, Clock clock) {
        this.query = query;
        this.marks = marks;
        this.access = access;
        this.clock = clock;
    }

    @Operation(summary = "Every attention rule for one client or coach: RAISED, WATCHING or NOT_ENOUGH_SESSIONS")
    @GetMapping(PERSON)
    PersonView person(
            @PathVariable @ResourceId String orgId,
            @PathVariable String subjectType,
            @PathVariable @ResourceId String subjectId,
            @RequestParam(required = false) String asOf) {
        Subject type = visible(orgId, subjectType, subjectId);
        Instant at = AttentionParameters.asOf(asOf, clock.instant());
        return AttentionViews.person(orgId, query.person(orgId, type, subjectId, at), at, marks.of(orgId));
    }

    @Operation(summary = "One entry per client or coach with raised flags, unacknowledged ones by default")
    @GetMapping(ORG + "/attention")
    List<Entry> organisation(
            @PathVariable @ResourceId String orgId,
            @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String coachId,
            @RequestParam(required = false) String acknowledged,
            @RequestParam(required = false) String asOf) {
        Subject type = subjectType == null ? null : AttentionParameters.subjectType(subjectType);
        AttentionRule only = rule == null ? null : AttentionParameters.rule(rule, type);
        Acknowledged which = AttentionParameters.acknowledged(acknowledged);
        Instant at = AttentionParameters.asOf(asOf, clock.instant());
        Caller caller = Caller.current().orElseThrow();
        Marks known = marks.of(orgId);
        List<Entry> entries = new ArrayList<>();
        for (Person person : query.organisation(orgId, at)) {
            if ((type != null && person.subjectType() != type)
                    || (coachId != null && !person.coachIds().contains(coachId))
                    || !maySee(caller, orgId, person.subjectType(), person.subjectId())) {
                continue;
            }
            List<FlagView> flags = AttentionViews.flags(orgId, person, known).stream()
                    .filter(flag -> only == null || flag.rule().equals(only.name()))
                    .filter(flag -> switch (which) {
                        case FALSE -> flag.acknowledgement() == null;
                        case TRUE -> flag.acknowledgement() != null;
                        case ANY -> true;
                    })
                    .toList();
            if (!flags.isEmpty()) {
                entries.add(new Entry(
                        AttentionParameters.json(person.subjectType()), person.subjectId(), person.coachIds(), flags));
            }
        }
        return entries;
    }

    @Operation(summary = "Acknowledges a raised flag with a note; who and when are kept (supervisor, org-admin)")
    @PutMapping(PERSON + "/{rule}/acknowledgement")
    Acknowledgement acknowledge(
            @PathVariable @ResourceId String orgId,
            @PathVariable String subjectType,
            @PathVariable @ResourceId String subjectId,
            @PathVariable String rule,
            @Valid @RequestBody AcknowledgementRequest request) {
        Subject type = visible(orgId, subjectType, subjectId);
        AttentionRule attentionRule = AttentionParameters.rule(rule, type);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Person person = query.person(orgId, type, subjectId, now);
        RuleState state = person.states().stream()
                .filter(candidate -> candidate.rule() == attentionRule && candidate.raised())
                .findFirst()
                .orElseThrow(() -> new ConflictException(
                        attentionRule + " is not raised for " + subjectType + " '" + subjectId + "'."));
        return marks.acknowledge(
                AttentionViews.flag(orgId, person, state),
                new Acknowledgement(request.note(), who(), now, AttentionViews.newestEvidence(state)));
    }

    @Operation(summary = "Removes a flag's acknowledgement (supervisor, org-admin)")
    @DeleteMapping(PERSON + "/{rule}/acknowledgement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unacknowledge(
            @PathVariable @ResourceId String orgId,
            @PathVariable String subjectType,
            @PathVariable @ResourceId String subjectId,
            @PathVariable String rule) {
        Subject type = visible(orgId, subjectType, subjectId);
        marks.unacknowledge(flag(orgId, type, subjectId, AttentionParameters.rule(rule, type)));
    }

    @Operation(summary = "Says whether a flag was useful; the last answer counts (supervisor, org-admin)")
    @PutMapping(PERSON + "/{rule}/feedback")
    Feedback feedback(
            @PathVariable @ResourceId String orgId,
            @PathVariable String subjectType,
            @PathVariable @ResourceId String subjectId,
            @PathVariable String rule,
            @Valid @RequestBody FeedbackRequest request) {
        Subject type = visible(orgId, subjectType, subjectId);
        Flag flag = flag(orgId, type, subjectId, AttentionParameters.rule(rule, type));
        return marks.feedback(
                flag, new Feedback(request.useful(), who(), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }

    /** The subject type, once the caller may see the person and some event has named them; 404 otherwise. */
    private Subject visible(String orgId, String subjectType, String subjectId) {
        Subject type = AttentionParameters.subjectType(subjectType);
        Caller caller = Caller.current().orElseThrow();
        if (!maySee(caller, orgId, type, subjectId) || !query.known(orgId, type, subjectId)) {
            throw type == Subject.CLIENT
                    ? NotFoundException.client(orgId, subjectId)
                    : NotFoundException.coach(orgId, subjectId);
        }
        return type;
    }

    private boolean maySee(Caller caller, String orgId, Subject type, String id) {
        return type == Subject.CLIENT ? access.maySeeClient(caller, orgId, id) : access.maySeeCoach(caller, orgId, id);
    }

    private static Flag flag(String orgId, Subject type, String subjectId, AttentionRule rule) {
        return new Flag(orgId, AttentionParameters.json(type), subjectId, rule.name());
    }

    private static String who() {
        return Caller.current().map(Caller::subject).orElse(null);
    }
}
