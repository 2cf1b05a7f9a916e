package io.throughline.analytics.projection.store;

import io.throughline.analytics.session.fold.PrepFormFacts;
import io.throughline.analytics.session.fold.SessionFacts;
import io.throughline.analytics.session.fold.SessionFacts.Cancelled;
import io.throughline.analytics.session.fold.SessionFacts.CheckedIn;
import io.throughline.analytics.session.fold.SessionFacts.Contracted;
import io.throughline.analytics.session.fold.SessionFacts.Ended;
import io.throughline.analytics.session.fold.SessionFacts.Piece;
import io.throughline.analytics.session.fold.SessionFacts.ReContract;
import io.throughline.analytics.session.fold.SessionFacts.Scheduled;
import io.throughline.analytics.session.fold.SessionFacts.Shift;
import io.throughline.analytics.session.fold.SessionFacts.Started;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;

/**
 * A session's facts as plain, named BSON: one sub-document per fact with the sequence ({@code seq})
 * of the event that set it, lists of shifts, re-contracts, pieces and prep forms, and the sequences
 * applied ({@code applied}). Times are BSON dates; a fact not yet known is absent.
 */
final class FactsBson {

    private FactsBson() {}

    static Document write(SessionFacts f) {
        Document d = new Document("applied", f.applied());
        put(
                d,
                "scheduled",
                f.scheduled(),
                s -> fact(s.seq(), s.at())
                        .append("coachId", s.coachId())
                        .append("scheduledStart", date(s.scheduledStart()))
                        .append("plannedMinutes", s.plannedMinutes()));
        put(d, "started", f.started(), s -> fact(s.seq(), s.at()).append("coachId", s.coachId()));
        put(
                d,
                "checkedIn",
                f.checkedIn(),
                c -> fact(c.seq(), c.at()).append("readiness", c.readiness()).append("note", c.note()));
        put(
                d,
                "contracted",
                f.contracted(),
                c -> fact(c.seq(), c.at())
                        .append("coachId", c.coachId())
                        .append("topic", c.topic())
                        .append("successMeasure", c.successMeasure())
                        .append("importance", c.importance())
                        .append("toAddress", c.toAddress()));
        d.put(
                "shifts",
                list(
                        f.shifts(),
                        s -> fact(s.seq(), s.at())
                                .append("shiftId", s.shiftId())
                                .append("topic", s.topic())
                                .append("noticedBy", s.noticedBy())));
        d.put(
                "reContracts",
                list(
                        f.reContracts(),
                        r -> fact(r.seq(), r.at())
                                .append("shiftId", r.shiftId())
                                .append("outcome", r.outcome())
                                .append("agreedTopic", r.agreedTopic())));
        d.put(
                "pieces",
                list(
                        f.pieces(),
                        p -> fact(p.seq(), p.at())
                                .append("summary", p.summary())
                                .append("nextStep", p.nextStep())));
        put(
                d,
                "ended",
                f.ended(),
                e -> fact(e.seq(), e.at()).append("coachId", e.coachId()).append("progress", e.progress()));
        put(d, "cancelled", f.cancelled(), c -> fact(c.seq(), c.at()).append("reason", c.reason()));
        d.put("prepForms", list(f.prepForms(), FactsBson::prepForm));
        return d;
    }

    static SessionFacts read(Document d) {
        return new SessionFacts(
                longs(d.getList("applied", Number.class)),
                one(
                        d,
                        "scheduled",
                        s -> new Scheduled(
                                seq(s),
                                at(s),
                                s.getString("coachId"),
                                instant(s, "scheduledStart"),
                                ((Number) s.get("plannedMinutes")).intValue())),
                one(d, "started", s -> new Started(seq(s), at(s), s.getString("coachId"))),
                one(d, "checkedIn", c -> new CheckedIn(seq(c), at(c), c.getString("readiness"), c.getString("note"))),
                one(
                        d,
                        "contracted",
                        c -> new Contracted(
                                seq(c),
                                at(c),
                                c.getString("coachId"),
                                c.getString("topic"),
                                c.getString("successMeasure"),
                                c.getString("importance"),
                                c.getString("toAddress"))),
                many(
                        d,
                        "shifts",
                        s -> new Shift(
                                seq(s), at(s), s.getString("shiftId"), s.getString("topic"), s.getString("noticedBy"))),
                many(
                        d,
                        "reContracts",
                        r -> new ReContract(
                                seq(r),
                                at(r),
                                r.getString("shiftId"),
                                r.getString("outcome"),
                                r.getString("agreedTopic"))),
                many(d, "pieces", p -> new Piece(seq(p), at(p), p.getString("summary"), p.getString("nextStep"))),
                one(d, "ended", e -> new Ended(seq(e), at(e), e.getString("coachId"), e.getString("progress"))),
                one(d, "cancelled", c -> new Cancelled(seq(c), at(c), c.getString("reason"))),
                many(d, "prepForms", FactsBson::prepForm));
    }

    private static Document prepForm(PrepFormFacts form) {
        Document d = new Document("prepFormId", form.prepFormId()).append("applied", form.applied());
        put(d, "requested", form.requested(), r -> fact(r.seq(), r.at()).append("dueBy", date(r.dueBy())));
        put(d, "submitted", form.submitted(), s -> fact(s.seq(), s.at()).append("late", s.late()));
        put(d, "missed", form.missed(), m -> fact(m.seq(), m.at()));
        return d;
    }

    private static PrepFormFacts prepForm(Document d) {
        return new PrepFormFacts(
                d.getString("prepFormId"),
                longs(d.getList("applied", Number.class)),
                one(d, "requested", r -> new PrepFormFacts.Requested(seq(r), at(r), instant(r, "dueBy"))),
                one(d, "submitted", s -> new PrepFormFacts.Submitted(seq(s), at(s), s.getBoolean("late", false))),
                one(d, "missed", m -> new PrepFormFacts.Missed(seq(m), at(m))));
    }

    private static Document fact(long seq, Instant at) {
        return new Document("seq", seq).append("at", date(at));
    }

    private static <T> void put(Document d, String name, T fact, Function<T, Document> write) {
        if (fact != null) {
            d.put(name, withoutNulls(write.apply(fact)));
        }
    }

    private static <T> List<Document> list(List<T> facts, Function<T, Document> write) {
        List<Document> list = new ArrayList<>(facts.size());
        facts.forEach(fact -> list.add(withoutNulls(write.apply(fact))));
        return list;
    }

    private static Document withoutNulls(Document d) {
        d.values().removeIf(value -> value == null);
        return d;
    }

    private static <T> T one(Document d, String name, Function<Document, T> read) {
        Document fact = d.get(name, Document.class);
        return fact == null ? null : read.apply(fact);
    }

    private static <T> List<T> many(Document d, String name, Function<Document, T> read) {
        List<Document> facts = d.getList(name, Document.class);
        if (facts == null) {
            return List.of();
        }
        List<T> list = new ArrayList<>(facts.size());
        facts.forEach(fact -> list.add(read.apply(fact)));
        return list;
    }

    private static List<Long> longs(List<Number> numbers) {
        return numbers == null
                ? List.of()
                : numbers.stream().map(Number::longValue).toList();
    }

    private static long seq(Document d) {
        return ((Number) d.get("seq")).longValue();
    }

    private static Instant at(Document d) {
        return instant(d, "at");
    }

    static Instant instant(Document d, String name) {
        Date date = d.getDate(name);
        return date == null ? null : date.toInstant();
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
