package org.trailmark.store;

import java.util.zip.Deflater;

/**
 * Encodes a run of events as one compressed blob, column by column (see
 * docs/decisions/0003-event-chunk-codec.md for the layout and the measurements behind it).
 *
 * <p>Before compression: times as zig-zag varint deltas; kinds as one byte each; x and y as
 * zig-zag varint deltas from the previous event of the same group (pointer events vs the rest,
 * so a key press at 0,0 does not break the pointer path into two large jumps); a and b as plain
 * zig-zag varints. Deltas wrap around in 32 bits, so every int value round-trips.
 * Stateless and thread-safe.
 */
final class EventChunkCodec {
    /** Value of event_chunks.codec for this layout; a new layout gets a new number. */
    static final int CODEC_COLUMNS_DEFLATE = 1;

    static final int DEFAULT_LEVEL = Deflater.BEST_SPEED;

    /** Longest raw form of one event: five 5-byte varints and the kind byte. */
    private static final int MAX_RAW_BYTES_PER_EVENT = 26;

    private EventChunkCodec() {
    }

    static byte[] encode(EventColumns c, int from, int to) {
        return encode(c, from, to, DEFAULT_LEVEL);
    }

    static byte[] encode(EventColumns c, int from, int to, int level) {
        ByteWriter out = new ByteWriter((to - from) * 8 + 16);
        writeRaw(c, from, to, out);
        return Compression.deflate(out.array(), out.size(), level);
    }

    /** The columns of events {@code [from, to)} before compression, appended to {@code out}. */
    static void writeRaw(EventColumns c, int from, int to, ByteWriter out) {
        int prev = 0;
        for (int i = from; i < to; i++) {
            out.writeSignedVarint(c.time[i] - prev);
            prev = c.time[i];
        }
        for (int i = from; i < to; i++) {
            out.writeByte(c.kind[i]);
        }
        writeGroupedDeltas(out, c.x, c.kind, from, to);
        writeGroupedDeltas(out, c.y, c.kind, from, to);
        for (int i = from; i < to; i++) {
            out.writeSignedVarint(c.a[i]);
        }
        for (int i = from; i < to; i++) {
            out.writeSignedVarint(c.b[i]);
        }
    }

    /** Decodes {@code count} events of a blob into {@code target} starting at {@code offset}. */
    static void decode(byte[] blob, int count, EventColumns target, int offset) {
        checkFits(count, target, offset);
        byte[] raw = Compression.inflate(blob, maxRawLength(count));
        decodeRaw(raw, raw.length, count, target, offset);
    }

    /**
     * As {@link #decode(byte[], int, EventColumns, int)}, inflating into {@code buffer}'s reused
     * bytes: a reader that streams a session's chunks allocates nothing per chunk but its blobs.
     */
    static void decode(byte[] blob, int count, EventColumns target, int offset, RawBuffer buffer) {
        checkFits(count, target, offset);
        int length = Compression.rawLength(blob, maxRawLength(count));
        byte[] raw = buffer.atLeast(length);
        Compression.inflateInto(blob, buffer.inflater, raw, length);
        decodeRaw(raw, length, count, target, offset);
    }

    /** Raw bytes and an inflater kept from chunk to chunk; {@link #close} frees the inflater's native memory. */
    static final class RawBuffer implements AutoCloseable {
        private final java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        private byte[] raw = new byte[0];

        byte[] atLeast(int length) {
            if (raw.length < length) {
                raw = new byte[Math.max(length, raw.length + raw.length / 2)];
            }
            return raw;
        }

        @Override
        public void close() {
            inflater.end();
        }
    }

    private static void checkFits(int count, EventColumns target, int offset) {
        if (count < 0 || offset < 0 || offset + count > target.time.length) {
            throw new DamagedDataException("event count does not fit the session");
        }
    }

    private static int maxRawLength(int count) {
        return (int) Math.min(Integer.MAX_VALUE - 16L, (long) count * MAX_RAW_BYTES_PER_EVENT);
    }

    private static void decodeRaw(byte[] raw, int length, int count, EventColumns target, int offset) {
        int end = offset + count;
        int pos = readTimes(raw, length, 0, target.time, offset, end);
        if (length - pos < count) {
            throw new DamagedDataException("data ends early");
        }
        System.arraycopy(raw, pos, target.kind, offset, count);
        pos += count;
        pos = readGroupedDeltas(raw, length, pos, target.x, target.kind, offset, end);
        pos = readGroupedDeltas(raw, length, pos, target.y, target.kind, offset, end);
        pos = readPlain(raw, length, pos, target.a, offset, end);
        pos = readPlain(raw, length, pos, target.b, offset, end);
        if (pos != length) {
            throw new DamagedDataException("chunk holds more data than its events");
        }
    }

    // The read loops keep the position in a local and take one-byte varints inline: that is
    // nearly every value, and it keeps a cold JVM (interpreter, then C1) fast on first open.

    private static int readTimes(byte[] raw, int limit, int pos, int[] column, int from, int to) {
        int t = 0;
        for (int i = from; i < to; i++) {
            if (pos >= limit) {
                throw new DamagedDataException("data ends early");
            }
            int v = raw[pos];
            if (v >= 0) {
                pos++;
            } else {
                long packed = readLongVarint(raw, limit, pos);
                v = (int) packed;
                pos = (int) (packed >>> 32);
            }
            t += (v >>> 1) ^ -(v & 1);
            column[i] = t;
        }
        return pos;
    }

    private static int readGroupedDeltas(byte[] raw, int limit, int pos, int[] column, byte[] kind, int from, int to) {
        int prevPointer = 0;
        int prevOther = 0;
        for (int i = from; i < to; i++) {
            if (pos >= limit) {
                throw new DamagedDataException("data ends early");
            }
            int v = raw[pos];
            if (v >= 0) {
                pos++;
            } else {
                long packed = readLongVarint(raw, limit, pos);
                v = (int) packed;
                pos = (int) (packed >>> 32);
            }
            int delta = (v >>> 1) ^ -(v & 1);
            if (isPointerCode(kind[i])) {
                prevPointer += delta;
                column[i] = prevPointer;
            } else {
                prevOther += delta;
                column[i] = prevOther;
            }
        }
        return pos;
    }

    private static int readPlain(byte[] raw, int limit, int pos, int[] column, int from, int to) {
        for (int i = from; i < to; i++) {
            if (pos >= limit) {
                throw new DamagedDataException("data ends early");
            }
            int v = raw[pos];
            if (v >= 0) {
                pos++;
            } else {
                long packed = readLongVarint(raw, limit, pos);
                v = (int) packed;
                pos = (int) (packed >>> 32);
            }
            column[i] = (v >>> 1) ^ -(v & 1);
        }
        return pos;
    }

    /** A varint of two to five bytes at {@code pos}: the raw 32 bits low, the position after it high. */
    private static long readLongVarint(byte[] raw, int limit, int pos) {
        int result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (pos >= limit) {
                throw new DamagedDataException("data ends inside a number");
            }
            byte b = raw[pos++];
            result |= (b & 0x7F) << shift;
            if (b >= 0) {
                return (result & 0xFFFF_FFFFL) | ((long) pos << 32);
            }
        }
        throw new DamagedDataException("number longer than five bytes");
    }

    private static void writeGroupedDeltas(ByteWriter out, int[] column, byte[] kind, int from, int to) {
        int prevPointer = 0;
        int prevOther = 0;
        for (int i = from; i < to; i++) {
            int v = column[i];
            if (isPointerCode(kind[i])) {
                out.writeSignedVarint(v - prevPointer);
                prevPointer = v;
            } else {
                out.writeSignedVarint(v - prevOther);
                prevOther = v;
            }
        }
    }

    /** Matches EventKind.isPointer() by code, for any byte a column may hold. */
    private static boolean isPointerCode(byte code) {
        return code >= 0 && code <= 3;
    }
}
