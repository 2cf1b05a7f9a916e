package io.throughline.analytics.session.query;

import static com.mongodb.client.model.Filters.eq;

import io.throughline.analytics.projection.model.Keys;
import io.throughline.analytics.projection.model.SessionDocument;
import io.throughline.analytics.projection.store.ReadModels;
import io.throughline.analytics.projection.store.SessionBson;
import io.throughline.analytics.session.fold.SegmentKind;
import io.throughline.analytics.session.fold.SessionFigures;
import io.throughline.analytics.session.fold.SessionFold;
import io.throughline.analytics.session.fold.ShiftFigures;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

@Component
public class TimelineQuery {

    private static final double MILLIS_PER_MINUTE = 60_000.0;

    private final ReadModels readModels;

    public TimelineQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** Empty unless an event of the session itself has arrived in that organisation. */
    public Optional<Timeline> find(String orgId, String sessionId) {
        Document stored = readModels
                .active()
                .sessions()
                .find(eq("_id", Keys.session(orgId, sessionId)))
                .first();
        SessionDocument document = stored == null ? null : SessionBson.read(stored);
        if (document == null || !document.facts().sessionKnown()) {
            return Optional.empty();
        }
        SessionFigures figures = SessionFold.fold(document.facts());
        return Optional.of(new Timeline(
                orgId,
                sessionId,
                document.clientId(),
                figures.coachId(),
                figures.status(),
                figures.scheduledStart(),
                figures.startedAt(),
                figures.endedAt(),
                figures.cancelledAt(),
                figures.checkIn() == null
                        ? null
                        : new Timeline.CheckIn(
                                figures.checkIn().at(),
                                figures.checkIn().readiness(),
                                figures.checkIn().note()),
                figures.agreement() == null
                        ? null
                        : new Timeline.Agreement(
                                figures.agreement().at(),
                                figures.agreement().topic(),
                                figures.agreement().successMeasure(),
                                figures.agreement().importance(),
                                figures.agreement().toAddress()),
                figures.segments().stream()
                        .map(segment -> new Timeline.TimelineSegment(
                                segment.kind(),
                                segment.from(),
                                segment.to(),
                                segment.millis() / MILLIS_PER_MINUTE,
                                segment.topic(),
                                segment.shiftIds()))
                        .toList(),
                figures.shifts().stream().map(TimelineQuery::shift).toList(),
                figures.pieces().stream()
                        .map(piece -> new Timeline.Piece(piece.at(), piece.summary(), piece.nextStep()))
                        .toList(),
                figures.minutesToAgreement(),
                figures.onAgreedTopicShare(),
                figures.millisIn(SegmentKind.ON_AGREED_TOPIC) / MILLIS_PER_MINUTE,
                figures.millisIn(SegmentKind.OFF_TOPIC) / MILLIS_PER_MINUTE,
                figures.millisIn(SegmentKind.CONNECTED_CONTEXT) / MILLIS_PER_MINUTE,
                figures.topicShifts(),
                figures.unresolvedShifts(),
                figures.progress(),
                figures.prepForm()));
    }

    private static Timeline.Shift shift(ShiftFigures shift) {
        String outcome = shift.outcome() != null ? shift.outcome().name() : shift.outcomeAsGiven();
        Long millis = shift.millisToReContract();
        return new Timeline.Shift(
                shift.shiftId(),
                shift.topic(),
                shift.noticedBy(),
                shift.at(),
                outcome,
                shift.reContractedAt(),
                millis == null ? null : millis / MILLIS_PER_MINUTE);
    }
}
