package org.trailmark.model;

/** A log held in memory as an {@link EventSource}: positions are the log's own indexes. */
record LogEvents(SessionLog log) implements EventSource {
    @Override
    public int eventCount() {
        return log.size();
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
        byte move = EventKind.POINTER_MOVE.code();
        int last = log.size() - 1;
        int end = Math.min(to, log.size());
        for (int i = Math.max(0, from); i < end; i++) {
            byte kind = log.kindCode(i);
            if (kind != move || i == last) {
                sink.event(i, kind, log.time(i), log.a(i), log.b(i));
            }
        }
    }
}
