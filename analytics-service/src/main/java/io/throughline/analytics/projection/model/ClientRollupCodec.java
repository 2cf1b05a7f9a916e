package io.throughline.analytics.projection.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.bson.BsonBinary;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * {@code {_id, orgId, clientId, r}}: the ids as plain fields ({@code orgId} queryable), the sums as
 * one binary value. Rewritten whole once per flush for every client it touched, a rollup of some
 * seventy counters stored as sub-documents was the projection's dearest write on the embedded
 * MongoDB; as one value it costs about what a session document does.
 */
public final class ClientRollupCodec implements Codec<ClientRollup> {

    private static final String SUMS = "r";
    private static final int VERSION = 1;

    @Override
    public void encode(BsonWriter writer, ClientRollup rollup, EncoderContext context) {
        CompactOutput out = new CompactOutput();
        out.writeByte(VERSION);
        writeCounts(out, rollup.c());
        writeCounts(out, rollup.t());
        writeCounts(out, rollup.m());
        Map<String, Map<String, Long>> byCoach = rollup.byCoach() == null ? Map.of() : rollup.byCoach();
        out.writeLong(byCoach.size());
        byCoach.forEach((coach, counts) -> {
            out.writeString(coach);
            writeCounts(out, counts);
        });
        writer.writeStartDocument();
        writer.writeString("_id", rollup.id());
        writer.writeString("orgId", rollup.orgId());
        writer.writeString("clientId", rollup.clientId());
        writer.writeBinaryData(SUMS, new BsonBinary(out.toByteArray()));
        writer.writeEndDocument();
    }

    @Override
    public ClientRollup decode(BsonReader reader, DecoderContext context) {
        String id = null;
        String orgId = null;
        String clientId = null;
        byte[] sums = null;
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "_id" -> id = reader.readString();
                case "orgId" -> orgId = reader.readString();
                case "clientId" -> clientId = reader.readString();
                case SUMS -> sums = reader.readBinaryData().getData();
                case "c", "t", "m", "byCoach" -> throw StorageFormat.older("Client rollup " + id);
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        if (sums == null) {
            return new ClientRollup(id, orgId, clientId, Map.of(), Map.of(), Map.of(), Map.of());
        }
        CompactInput in = new CompactInput(sums);
        int version = in.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("Client rollup " + id + " has format version " + version
                    + ", this version reads " + VERSION + "; rebuild the read models");
        }
        Map<String, Long> counters = readCounts(in);
        Map<String, Long> topics = readCounts(in);
        Map<String, Long> months = readCounts(in);
        Map<String, Map<String, Long>> byCoach = new TreeMap<>();
        for (long coaches = in.readLong(); coaches > 0; coaches--) {
            byCoach.put(in.readString(), readCounts(in));
        }
        return new ClientRollup(id, orgId, clientId, counters, topics, months, byCoach);
    }

    @Override
    public Class<ClientRollup> getEncoderClass() {
        return ClientRollup.class;
    }

    private static void writeCounts(CompactOutput out, Map<String, Long> counts) {
        Map<String, Long> present = counts == null ? Map.of() : counts;
        out.writeLong(present.size());
        present.forEach((key, count) -> {
            out.writeString(key);
            out.writeLong(count);
        });
    }

    private static Map<String, Long> readCounts(CompactInput in) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (long entries = in.readLong(); entries > 0; entries--) {
            counts.put(in.readString(), in.readLong());
        }
        return counts;
    }
}
