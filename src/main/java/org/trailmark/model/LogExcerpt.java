package org.trailmark.model;

/**
 * Some of a session's events, in order, with the index each has in the whole session: what a
 * reader that never looks at pointer moves loads instead of every event (the sensitive-data scan
 * after an import), so memory follows what is read, not the capture's length.
 *
 * @param log       the events kept; their times, strings and duration are the session's
 * @param positions for each event of {@code log}, its index in the whole session (ascending)
 */
public record LogExcerpt(SessionLog log, int[] positions) {
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
}
