package org.trailmark.store;

import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * Encodes chunk after chunk into the same bytes as {@link EventChunkCodec#encode} while reusing
 * its buffers and its deflater, so that a long import's encoding makes no garbage but the blobs
 * themselves. One per thread; {@link #close()} frees the deflater's native memory.
 */
final class ChunkEncoder implements AutoCloseable {
    private final ByteWriter raw = new ByteWriter(1 << 20);
    private final ByteWriter blob = new ByteWriter(1 << 18);
    private final Deflater deflater = new Deflater(EventChunkCodec.DEFAULT_LEVEL);
    private final byte[] buffer = new byte[1 << 16];

    /** The stored form of events {@code [0, count)} of the columns. */
    byte[] encode(EventColumns columns, int count) {
        raw.reset();
        EventChunkCodec.writeRaw(columns, 0, count, raw);
        blob.reset();
        blob.writeUnsignedVarint(raw.size());
        deflater.reset();
        deflater.setInput(raw.array(), 0, raw.size());
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            blob.writeBytes(buffer, 0, n);
        }
        return Arrays.copyOf(blob.array(), blob.size());
    }

    @Override
    public void close() {
        deflater.end();
    }
}
