package org.trailmark.store;

/**
 * Reads unsigned varints and skips bytes, bounds-checked so a damaged blob ends in
 * {@link DamagedDataException} rather than garbage. The event codec has its own inlined loops
 * for speed; this serves the small headers and the string table.
 */
final class ByteReader {
    private final byte[] buf;
    private final int limit;
    private int pos;

    ByteReader(byte[] buf, int off, int len) {
        this.buf = buf;
        this.pos = off;
        this.limit = off + len;
    }

    int remaining() {
        return limit - pos;
    }

    int position() {
        return pos;
    }

    void skip(int len) {
        if (len < 0 || len > limit - pos) {
            throw new DamagedDataException("data ends early");
        }
        pos += len;
    }

    int readUnsignedVarint() {
        int result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (pos >= limit) {
                throw new DamagedDataException("data ends inside a number");
            }
            byte b = buf[pos++];
            result |= (b & 0x7F) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw new DamagedDataException("number longer than five bytes");
    }
}
