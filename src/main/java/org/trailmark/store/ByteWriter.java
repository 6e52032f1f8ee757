package org.trailmark.store;

import java.util.Arrays;

/** A growable byte buffer with zig-zag varints, for the workspace's compact encodings. */
final class ByteWriter {
    private byte[] buf;
    private int pos;

    ByteWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    /** Forgets what was written, keeping the buffer for the next use. */
    void reset() {
        pos = 0;
    }

    int size() {
        return pos;
    }

    byte[] array() {
        return buf;
    }

    void writeByte(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
    }

    void writeBytes(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, buf, pos, len);
        pos += len;
    }

    /** Signed int as zig-zag LEB128: small magnitudes of either sign take one byte. */
    void writeSignedVarint(int v) {
        writeUnsignedVarint((v << 1) ^ (v >> 31));
    }

    /** The 32 bits of {@code v} read as unsigned, LEB128; at most five bytes. */
    void writeUnsignedVarint(int v) {
        ensure(5);
        while ((v & ~0x7F) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
    }

    private void ensure(int more) {
        if (pos + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(pos + more, buf.length * 2));
        }
    }
}
