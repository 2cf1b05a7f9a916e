package io.throughline.analytics.history.query;

import io.throughline.analytics.projection.model.SessionDocument;
import io.throughline.analytics.projection.store.ReadModel;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.analytics.projection.store.SessionBson;
import io.throughline.analytics.session.fold.SessionFigures;
import io.throughline.analytics.session.fold.SessionFold;
import io.throughline.analytics.session.fold.SessionStatus;
import io.throughline.analytics.session.fold.ShiftFigures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The sessions of a client or coach whose sessionAt falls in {@code [from, to)} (local dates in the
 * organisation's zone, each optional), optionally of one status and with a shift to one topic
 * (compared as the recurring topics are: trimmed, case-insensitive); newest first, a page of them.
 */
@Component
public class SessionsQuery {

    /** What to list; null filters take everything. */
    public record Filter(ZoneId zone, LocalDate from, LocalDate to, SessionStatus status, String topic) {}

    private record Folded(SessionDocument document, SessionFigures figures, Instant sessionAt) {}

    private final ReadModels readModels;

    public SessionsQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** Empty if no event has named the client or coach in that organisation. */
    public Optional<SessionRows> find(Subject subject, Filter filter, int page, int size) {
        ReadModel model = readModels.active();
        if (!subject.known(model)) {
            return Optional.empty();
        }
        Instant from = filter.from() == null
                ? null
                : filter.from().atStartOfDay(filter.zone()).toInstant();
        Instant to = filter.to() == null
                ? null
                : filter.to().atStartOfDay(filter.zone()).toInstant();
        String topic = filter.topic() == null ? null : comparable(filter.topic());
        List<Folded> matching = new ArrayList<>();
        for (Document document : model.sessions().find(subject.sessions())) {
            SessionDocument session = SessionBson.read(document);
            SessionFigures figures = SessionFold.fold(session.facts());
            Instant at = figures.startedAt() != null ? figures.startedAt() : figures.scheduledStart();
            boolean matches = figures.status() != null
                    && at != null
                    && (subject.type() != Subject.Type.COACH || subject.id().equals(figures.coachId()))
                    && (from == null || !at.isBefore(from))
                    && (to == null || at.isBefore(to))
                    && (filter.status() == null || figures.status() == filter.status())
                    && (topic == null
                            || figures.shifts().stream().anyMatch(shift -> topic.equals(comparable(shift.topic()))));
            if (matches) {
                matching.add(new Folded(session, figures, at));
            }
        }
        matching.sort(Comparator.comparing(Folded::sessionAt)
                .thenComparing(folded -> folded.document().sessionId())
                .reversed());
        long total = matching.size();
        int first = (int) Math.min(total, (long) page * size);
        List<SessionRows.Row> rows = matching.subList(first, (int) Math.min(total, (long) first + size)).stream()
                .map(SessionsQuery::row)
                .toList();
        return Optional.of(new SessionRows(
                subject.type().json(),
                subject.id(),
                filter.zone().getId(),
                filter.from(),
                filter.to(),
                rows,
                new SessionRows.Page(page, size, total, (total + size - 1) / size)));
    }

    private static String comparable(String topic) {
        return topic == null ? "" : topic.strip().toLowerCase(Locale.ROOT);
    }

    private static SessionRows.Row row(Folded folded) {
        SessionFigures session = folded.figures();
        return new SessionRows.Row(
                folded.document().sessionId(),
                folded.document().clientId(),
                session.coachId(),
                folded.sessionAt(),
                session.scheduledStart(),
                session.startedAt(),
                session.endedAt(),
                session.status(),
                session.topicShifts(),
                session.onAgreedTopicShare(),
                session.minutesToAgreement(),
                session.prepForm(),
                session.progress(),
                session.shifts().stream().map(SessionsQuery::shift).toList());
    }

    private static SessionRows.Shift shift(ShiftFigures shift) {
        return new SessionRows.Shift(
                shift.shiftId(),
                shift.topic(),
                shift.at(),
                shift.outcome() != null ? shift.outcome().name() : shift.outcomeAsGiven(),
                shift.reContractedAt());
    }
}
