package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.trailmark.model.EventKind;
import org.trailmark.model.LogExcerpt;

/**
 * Reads a stored session chunk by chunk and keeps every event but pointer moves (and the last
 * event, whatever it is, so the excerpt's duration is the session's). One chunk's blob and columns
 * are held at a time, and the kept events' arrays are sized once from the session's figures, so a
 * long session costs the memory of its keys, clicks and focus changes only.
 */
final class ExcerptDecoder {
    private final int eventCount;
    private final EventColumns kept;
    private final int[] positions;
    private EventColumns chunk = EventColumns.allocate(Workspace.CHUNK_EVENTS);
    private int size;
    private int offset;

    private ExcerptDecoder(int eventCount, int keptAtMost) {
        this.eventCount = eventCount;
        this.kept = EventColumns.allocate(keptAtMost);
        this.positions = new int[keptAtMost];
    }

    /** Call with the workspace's lock held: {@code moves} is the session's count of pointer moves. */
    static LogExcerpt read(Connection connection, String sessionId, int eventCount, int chunkCount, long moves,
                           String[] strings) throws SQLException {
        long keptAtMost = eventCount - moves + 1;
        if (moves < 0 || keptAtMost > eventCount + 1L) {
            throw new DamagedDataException("event counts do not add up");
        }
        ExcerptDecoder decoder = new ExcerptDecoder(eventCount, (int) Math.min(keptAtMost, eventCount));
        int seen = 0;
        try (PreparedStatement ps = connection.prepareStatement("SELECT chunk_no, event_count, codec, data"
                + " FROM event_chunks WHERE session_id = ? ORDER BY chunk_no")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (seen >= chunkCount || rs.getInt(1) != seen || rs.getInt(3) != EventChunkCodec.CODEC_COLUMNS_DEFLATE) {
                        throw new DamagedDataException("chunks out of order or of an unknown codec");
                    }
                    decoder.add(rs.getBytes(4), rs.getInt(2));
                    seen++;
                }
            }
        }
        if (seen != chunkCount || decoder.offset != eventCount) {
            throw new DamagedDataException("chunks do not hold the session's events");
        }
        return new LogExcerpt(decoder.kept.toLog(decoder.size, strings), Arrays.copyOf(decoder.positions, decoder.size));
    }

    private void add(byte[] blob, int count) {
        if (count < 0 || count > eventCount - offset) {
            throw new DamagedDataException("chunk holds more events than the session");
        }
        if (chunk.time.length < count) {
            chunk = EventColumns.allocate(count);
        }
        EventChunkCodec.decode(blob, count, chunk, 0);
        byte move = EventKind.POINTER_MOVE.code();
        for (int i = 0; i < count; i++) {
            int position = offset + i;
            if (chunk.kind[i] == move && position != eventCount - 1) {
                continue;
            }
            if (size == positions.length) {
                throw new DamagedDataException("more events than the session's counts say");
            }
            kept.time[size] = chunk.time[i];
            kept.kind[size] = chunk.kind[i];
            kept.x[size] = chunk.x[i];
            kept.y[size] = chunk.y[i];
            kept.a[size] = chunk.a[i];
            kept.b[size] = chunk.b[i];
            positions[size++] = position;
        }
        offset += count;
    }
}
