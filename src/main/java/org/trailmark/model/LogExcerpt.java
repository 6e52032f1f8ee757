package org.trailmark.model;

/**
 * Some of a session's events, in order, with the index each has in the whole session: what a
 * reader that never looks at pointer moves loads instead of every event (the sensitive-data scan
 * after an import), so memory follows what is read, not the capture's length.
 *
 * @param log       the events kept; their times, strings and duration are the session's
 * @param positions for each event of {@code log}, its index in the whole session (ascending)
 */
public record LogExcerpt(SessionLog log, int[] positions) implements EventSource {
    public LogExcerpt {
        if (positions.length != log.size()) {
            throw new IllegalArgumentException("one position per event");
        }
    }

    /** A whole log as its own excerpt. */
    public static LogExcerpt whole(SessionLog log) {
        int[] positions = new int[log.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        return new LogExcerpt(log, positions);
    }

    /** The index in the whole session of the excerpt's event {@code i}. */
    public int position(int i) {
        return positions[i];
    }

    /** The whole session's event count: one past the last kept position (a session's last event is always kept). */
    @Override
    public int eventCount() {
        return positions.length == 0 ? 0 : positions[positions.length - 1] + 1;
    }

    @Override
    public String string(int id) {
        return log.string(id);
    }

    @Override
    public int stringCount() {
        return log.stringCount();
    }

    @Override
    public void withoutPointerMoves(int from, int to, EventSink sink) {
        int lo = 0;
        int hi = positions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        byte move = EventKind.POINTER_MOVE.code();
        int last = positions.length - 1;
        for (int i = lo; i < positions.length && positions[i] < to; i++) {
            if (log.kindCode(i) != move || i == last) {
                sink.event(positions[i], log.kindCode(i), log.time(i), log.a(i), log.b(i));
            }
        }
    }
}
