package org.trailmark.store;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * zlib (deflate with an Adler-32 check) around the workspace blobs. The stored form is the raw
 * length as an unsigned varint followed by the zlib stream, so inflating can allocate once and
 * a damaged blob is detected by the checksum rather than decoded into wrong events.
 */
final class Compression {
    private Compression() {
    }

    static byte[] deflate(byte[] raw, int len, int level) {
        ByteWriter out = new ByteWriter(len / 4 + 64);
        out.writeUnsignedVarint(len);
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(raw, 0, len);
            deflater.finish();
            byte[] buf = new byte[Math.max(256, Math.min(len / 2 + 64, 1 << 16))];
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                out.writeBytes(buf, 0, n);
            }
        } finally {
            deflater.end();
        }
        return Arrays.copyOf(out.array(), out.size());
    }

    /** Inflates a blob written by {@link #deflate}; the raw length must not exceed {@code maxRawLength}. */
    static byte[] inflate(byte[] blob, int maxRawLength) {
        byte[] raw = new byte[rawLength(blob, maxRawLength)];
        Inflater inflater = new Inflater();
        try {
            inflateInto(blob, inflater, raw, raw.length);
        } finally {
            inflater.end();
        }
        return raw;
    }

    /** The raw length a blob states, checked against {@code maxRawLength}. */
    static int rawLength(byte[] blob, int maxRawLength) {
        int rawLength = new ByteReader(blob, 0, blob.length).readUnsignedVarint();
        if (rawLength < 0 || rawLength > maxRawLength) {
            throw new DamagedDataException("implausible length");
        }
        return rawLength;
    }

    /**
     * Inflates a blob into the first {@code rawLength} bytes of {@code raw} (its stated length, from
     * {@link #rawLength}) with an inflater the caller owns and may reuse: a reader of many chunks
     * then allocates nothing per chunk.
     */
    static void inflateInto(byte[] blob, Inflater inflater, byte[] raw, int rawLength) {
        ByteReader header = new ByteReader(blob, 0, blob.length);
        header.readUnsignedVarint();
        inflater.reset();
        try {
            inflater.setInput(blob, header.position(), header.remaining());
            int filled = 0;
            while (filled < rawLength) {
                int n = inflater.inflate(raw, filled, rawLength - filled);
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DamagedDataException("compressed data ends early");
                }
                filled += n;
            }
            if (!inflater.finished() && inflater.inflate(new byte[1]) != 0) {
                throw new DamagedDataException("more data than its stated length");
            }
            if (!inflater.finished()) {
                throw new DamagedDataException("compressed data ends early");
            }
        } catch (DataFormatException e) {
            throw new DamagedDataException("compressed data is damaged", e);
        }
    }
}
