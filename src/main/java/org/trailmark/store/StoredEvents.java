package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.trailmark.model.EventKind;
import org.trailmark.model.EventSink;
import org.trailmark.model.EventSource;

/**
 * A stored session read chunk by chunk for readers that never look at pointer moves (the
 * sensitive-data scan): each chunk is fetched under the workspace's lock, then decoded into one
 * reused set of columns and handed over event by event outside it. What it holds does not grow
 * with the session: the string table, one chunk's blob and columns, and where each chunk starts.
 * Not thread-safe: one reader at a time.
 */
final class StoredEvents implements EventSource {
    /** Runs a piece of SQL work with the workspace's lock held. */
    interface Locked {
        <T> T run(String doing, Transactions.SqlWork<T> work);
    }

    private final Locked locked;
    private final Connection connection;
    private final String sessionId;
    private final String[] strings;
    /** The position of each chunk's first event, and the event count as a last entry. */
    private final int[] chunkStarts;
    private EventColumns columns;

    private StoredEvents(Locked locked, Connection connection, String sessionId, String[] strings, int[] chunkStarts) {
        this.locked = locked;
        this.connection = connection;
        this.sessionId = sessionId;
        this.strings = strings;
        this.chunkStarts = chunkStarts;
    }

    /** Call with the lock held; checks that the chunks hold exactly the session's {@code eventCount} events. */
    static StoredEvents open(Locked locked, Connection connection, String sessionId, int eventCount, int chunkCount,
                             String[] strings) throws SQLException {
        if (chunkCount < 0 || chunkCount > eventCount + 1) {
            throw new DamagedDataException("implausible chunk count");
        }
        int[] starts = new int[chunkCount + 1];
        int seen = 0;
        long offset = 0;
        try (PreparedStatement ps = connection.prepareStatement("SELECT chunk_no, event_count, codec"
                + " FROM event_chunks WHERE session_id = ? ORDER BY chunk_no")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int count = rs.getInt(2);
                    if (seen >= chunkCount || rs.getInt(1) != seen || count < 0
                            || rs.getInt(3) != EventChunkCodec.CODEC_COLUMNS_DEFLATE) {
                        throw new DamagedDataException("chunks out of order or of an unknown codec");
                    }
                    starts[seen++] = (int) Math.min(offset, Integer.MAX_VALUE);
                    offset += count;
                }
            }
        }
        if (seen != chunkCount || offset != eventCount) {
            throw new DamagedDataException("chunks do not hold the session's events");
        }
        starts[chunkCount] = eventCount;
        return new StoredEvents(locked, connection, sessionId, strings, starts);
    }

    @Override
    public int eventCount() {
        return chunkStarts[chunkStarts.length - 1];
    }

    @Override
    public String string(int id) {
        return id < 0 ? null : strings[id];
    }

    @Override
    public int stringCount() {
        return strings.length;
    }

    @Override
    public void withoutPointerMoves(int from, int to, EventSink sink) {
        int end = Math.min(to, eventCount());
        int start = Math.max(0, from);
        if (start >= end) {
            return;
        }
        try (EventChunkCodec.RawBuffer raw = new EventChunkCodec.RawBuffer()) {
            for (int chunk = chunkOf(start); chunk < chunkStarts.length - 1 && chunkStarts[chunk] < end; chunk++) {
                int count = chunkStarts[chunk + 1] - chunkStarts[chunk];
                byte[] blob = blob(chunk);
                if (columns == null || columns.time.length < count) {
                    columns = EventColumns.allocate(Math.max(count, Workspace.CHUNK_EVENTS));
                }
                EventChunkCodec.decode(blob, count, columns, 0, raw);
                hand(chunkStarts[chunk], count, start, end, sink);
            }
        }
    }

    private void hand(int first, int count, int start, int end, EventSink sink) {
        byte move = EventKind.POINTER_MOVE.code();
        int last = eventCount() - 1;
        int from = Math.max(0, start - first);
        int to = Math.min(count, end - first);
        for (int i = from; i < to; i++) {
            byte kind = columns.kind[i];
            if (kind != move || first + i == last) {
                sink.event(first + i, kind, columns.time[i], columns.a[i], columns.b[i]);
            }
        }
    }

    /** The chunk holding event {@code position}. */
    private int chunkOf(int position) {
        int lo = 0;
        int hi = chunkStarts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (chunkStarts[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private byte[] blob(int chunk) {
        return locked.run("read session events", () -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT data FROM event_chunks"
                    + " WHERE session_id = ? AND chunk_no = ?")) {
                ps.setString(1, sessionId);
                ps.setInt(2, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new DamagedDataException("a chunk went missing");
                    }
                    return rs.getBytes(1);
                }
            }
        });
    }
}
