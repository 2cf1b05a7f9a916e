package io.throughline.analytics.projection.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Reads what {@link CompactOutput} wrote. */
final class CompactInput {

    private final byte[] bytes;
    private int position;

    CompactInput(byte[] bytes) {
        this.bytes = bytes;
    }

    int readByte() {
        if (position >= bytes.length) {
            throw new IllegalStateException("Stored facts end too early");
        }
        return bytes[position++];
    }

    boolean readBoolean() {
        return readByte() != 0;
    }

    long readLong() {
        long zigZag = 0;
        for (int shift = 0; ; shift += 7) {
            int next = readByte();
            zigZag |= (long) (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                return (zigZag >>> 1) ^ -(zigZag & 1);
            }
        }
    }

    int readInt() {
        return Math.toIntExact(readLong());
    }

    String readString() {
        int length = readInt() - 1;
        if (length < 0) {
            return null;
        }
        if (position + length > bytes.length) {
            throw new IllegalStateException("Stored facts end too early");
        }
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    Instant readInstant() {
        return readBoolean() ? Instant.ofEpochSecond(readLong(), readLong()) : null;
    }

    boolean atEnd() {
        return position == bytes.length;
    }
}
