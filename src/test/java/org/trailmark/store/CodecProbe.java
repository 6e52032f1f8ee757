package org.trailmark.store;

import org.trailmark.model.SessionLog;

/** Lets the benchmark under store/bench try codec settings that the workspace does not expose. */
public final class CodecProbe {
    private CodecProbe() {
    }

    /** Encodes the whole log in chunks of {@code chunkEvents} at {@code level}; returns total bytes. */
    public static long encodedBytes(SessionLog log, int chunkEvents, int level) {
        long total = 0;
        for (int from = 0; from < log.size(); from += chunkEvents) {
            int to = Math.min(log.size(), from + chunkEvents);
            total += EventChunkCodec.encode(EventColumns.copyOf(log, from, to), 0, to - from, level).length;
        }
        return total;
    }

    /** Nanoseconds to encode the whole log single-threaded, best of {@code repeats}. */
    public static long encodeNanos(SessionLog log, int chunkEvents, int level, int repeats) {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            encodedBytes(log, chunkEvents, level);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    /** Encodes then decodes every chunk at {@code level}, single-threaded; returns a checksum to keep the JIT honest. */
    public static long decodeAll(SessionLog log, int chunkEvents, int level) {
        int chunks = (log.size() + chunkEvents - 1) / chunkEvents;
        byte[][] blobs = new byte[chunks][];
        for (int n = 0; n < chunks; n++) {
            int from = n * chunkEvents;
            int to = Math.min(log.size(), from + chunkEvents);
            blobs[n] = EventChunkCodec.encode(EventColumns.copyOf(log, from, to), 0, to - from, level);
        }
        EventColumns target = EventColumns.allocate(log.size());
        long start = System.nanoTime();
        for (int n = 0; n < chunks; n++) {
            int from = n * chunkEvents;
            int to = Math.min(log.size(), from + chunkEvents);
            EventChunkCodec.decode(blobs[n], to - from, target, from);
        }
        return System.nanoTime() - start;
    }
}
