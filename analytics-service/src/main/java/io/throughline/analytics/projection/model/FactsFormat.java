package io.throughline.analytics.projection.model;

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
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A session's facts as one binary value. Stored as nested BSON, each fact a sub-document, a session
 * cost the embedded MongoDB five to ten times as much per write (it copies, compares and measures
 * every node) and the driver's record codec about 10 µs to encode; this form is written and read in
 * about a microsecond. The facts are private to this service and only ever read whole. The first
 * byte is the format's version: a later version reads this one, or the read models are rebuilt.
 */
public final class FactsFormat {

    private static final int VERSION = 1;

    private FactsFormat() {}

    public static byte[] write(SessionFacts facts) {
        CompactOutput out = new CompactOutput();
        out.writeByte(VERSION);
        writeList(out, facts.applied(), CompactOutput::writeLong);
        writeOptional(out, facts.scheduled(), (o, f) -> {
            o.writeLong(f.seq());
            o.writeInstant(f.at());
            o.writeString(f.coachId());
            o.writeInstant(f.scheduledStart());
            o.writeLong(f.plannedMinutes());
        });
        writeOptional(out, facts.started(), (o, f) -> {
            o.writeLong(f.seq());
            o.writeInstant(f.at());
            o.writeString(f.coachId());
        });
        writeOptional(out, facts.checkedIn(), (o, f) -> {
            o.writeLong(f.seq());
            o.writeInstant(f.at());
            o.writeString(f.readiness());
            o.writeString(f.note());
        });
        writeOptional(out, facts.contracted(), (o, f) -> {
            o.writeLong(f.seq());
            o.writeInstant(f.at());
            o.writeString(f.coachId());
            o.writeString(f.topic());
            o.writeString(f.successMeasure());
            o.writeString(f.importance());
            o.writeString(f.toAddress());
        });
        writeList(out, facts.shifts(), (o, f) -> {
            o.writeLong(f.seq());
            o.writeInstant(f.at());
            o.writeString(f.shiftId());
            o.writeString(f.topic());
            o.writeString(f.noticedBy());
        });
        writeList(out, facts.reContracts(), (o, f) -> {
            o.writeLong(f.seq());
            o.writeInstant(f.at());
            o.writeString(f.shiftId());
            o.writeString(f.outcome());
            o.writeString(f.agreedTopic());
        });
        writeList(out, facts.pieces(), (o, f) -> {
            o.writeLong(f.seq());
            o.writeInstant(f.at());
            o.writeString(f.summary());
            o.writeString(f.nextStep());
        });
        writeOptional(out, facts.ended(), (o, f) -> {
            o.writeLong(f.seq());
            o.writeInstant(f.at());
            o.writeString(f.coachId());
            o.writeString(f.progress());
        });
        writeOptional(out, facts.cancelled(), (o, f) -> {
            o.writeLong(f.seq());
            o.writeInstant(f.at());
            o.writeString(f.reason());
        });
        writeList(out, facts.prepForms(), FactsFormat::writePrepForm);
        return out.toByteArray();
    }

    public static SessionFacts read(byte[] bytes) {
        CompactInput in = new CompactInput(bytes);
        int version = in.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("Stored facts have format version " + version + ", this version reads "
                    + VERSION + "; rebuild the read models");
        }
        SessionFacts facts = new SessionFacts(
                readList(in, CompactInput::readLong),
                readOptional(
                        in,
                        i -> new Scheduled(
                                i.readLong(), i.readInstant(), i.readString(), i.readInstant(), i.readInt())),
                readOptional(in, i -> new Started(i.readLong(), i.readInstant(), i.readString())),
                readOptional(in, i -> new CheckedIn(i.readLong(), i.readInstant(), i.readString(), i.readString())),
                readOptional(
                        in,
                        i -> new Contracted(
                                i.readLong(),
                                i.readInstant(),
                                i.readString(),
                                i.readString(),
                                i.readString(),
                                i.readString(),
                                i.readString())),
                readList(
                        in,
                        i -> new Shift(i.readLong(), i.readInstant(), i.readString(), i.readString(), i.readString())),
                readList(
                        in,
                        i -> new ReContract(
                                i.readLong(), i.readInstant(), i.readString(), i.readString(), i.readString())),
                readList(in, i -> new Piece(i.readLong(), i.readInstant(), i.readString(), i.readString())),
                readOptional(in, i -> new Ended(i.readLong(), i.readInstant(), i.readString(), i.readString())),
                readOptional(in, i -> new Cancelled(i.readLong(), i.readInstant(), i.readString())),
                readList(in, FactsFormat::readPrepForm));
        if (!in.atEnd()) {
            throw new IllegalStateException("Stored facts have trailing bytes");
        }
        return facts;
    }

    private static void writePrepForm(CompactOutput out, PrepFormFacts form) {
        out.writeString(form.prepFormId());
        writeList(out, form.applied(), CompactOutput::writeLong);
        writeOptional(out, form.requested(), (o, f) -> {
            o.writeLong(f.seq());
            o.writeInstant(f.at());
            o.writeInstant(f.dueBy());
        });
        writeOptional(out, form.submitted(), (o, f) -> {
            o.writeLong(f.seq());
            o.writeInstant(f.at());
            o.writeBoolean(f.late());
        });
        writeOptional(out, form.missed(), (o, f) -> {
            o.writeLong(f.seq());
            o.writeInstant(f.at());
        });
    }

    private static PrepFormFacts readPrepForm(CompactInput in) {
        return new PrepFormFacts(
                in.readString(),
                readList(in, CompactInput::readLong),
                readOptional(in, i -> new PrepFormFacts.Requested(i.readLong(), i.readInstant(), i.readInstant())),
                readOptional(in, i -> new PrepFormFacts.Submitted(i.readLong(), i.readInstant(), i.readBoolean())),
                readOptional(in, i -> new PrepFormFacts.Missed(i.readLong(), i.readInstant())));
    }

    private static <T> void writeOptional(CompactOutput out, T value, BiConsumer<CompactOutput, T> write) {
        out.writeBoolean(value != null);
        if (value != null) {
            write.accept(out, value);
        }
    }

    private static <T> void writeList(CompactOutput out, List<T> values, BiConsumer<CompactOutput, T> write) {
        out.writeLong(values.size());
        values.forEach(value -> write.accept(out, value));
    }

    private static <T> T readOptional(CompactInput in, Function<CompactInput, T> read) {
        return in.readBoolean() ? read.apply(in) : null;
    }

    private static <T> List<T> readList(CompactInput in, Function<CompactInput, T> read) {
        int size = in.readInt();
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(read.apply(in));
        }
        return values;
    }
}
