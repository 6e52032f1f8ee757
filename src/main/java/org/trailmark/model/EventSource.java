package org.trailmark.model;

/**
 * A session's events as a reader that never looks at pointer moves needs them: handed over in
 * order, a range at a time, without the moves, so that reading a stored session need not hold it
 * whole (the sensitive-data scan reads a workspace's session this way, chunk by chunk).
 */
public interface EventSource {
    /** Events in the whole session, pointer moves included. */
    int eventCount();

    /** The session's strings: id to string, null for {@link SessionLog#NO_STRING}. */
    String string(int id);

    int stringCount();

    /**
     * Hands {@code sink} every event at a position in {@code [from, to)} but pointer moves, in
     * order; when the range reaches the session's end, its last event too, whatever its kind, so
     * that a reader learns the session's duration.
     */
    void withoutPointerMoves(int from, int to, EventSink sink);

    /** A log in memory as a source. */
    static EventSource of(SessionLog log) {
        return new LogEvents(log);
    }
}
