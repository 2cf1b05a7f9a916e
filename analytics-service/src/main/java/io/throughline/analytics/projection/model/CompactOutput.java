package io.throughline.analytics.projection.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/** Writes {@link FactsFormat}'s primitives: variable-length numbers, length-prefixed UTF-8, nullable values. */
final class CompactOutput {

    private byte[] bytes = new byte[512];
    private int size;

    void writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    /** Zig-zag, so that small negative numbers stay short too. */
    void writeLong(long value) {
        long zigZag = (value << 1) ^ (value >> 63);
        ensure(10);
        while ((zigZag & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((zigZag & 0x7F) | 0x80);
            zigZag >>>= 7;
        }
        bytes[size++] = (byte) zigZag;
    }

    /** Length + 1 first, 0 for null. */
    void writeString(String value) {
        if (value == null) {
            writeLong(0);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeLong(utf8.length + 1L);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    void writeInstant(Instant value) {
        writeBoolean(value != null);
        if (value != null) {
            writeLong(value.getEpochSecond());
            writeLong(value.getNano());
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
