package org.trailmark.ui.player;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Events {@code [from, to)} of a session as a read-only list whose rows are made when asked for:
 * a virtualized table over it holds nothing but makes the rows it shows.
 */
final class EventRows extends AbstractList<EventRow> implements RandomAccess {
    private final EventDescriber describer;
    private final int from;
    private final int to;

    EventRows(EventDescriber describer, int size) {
        this(describer, 0, size);
    }

    private EventRows(EventDescriber describer, int from, int to) {
        this.describer = describer;
        this.from = from;
        this.to = to;
    }

    /** Events {@code [start, end)} of this list, numbered from 0 again; made at once, no copy. */
    EventRows slice(int start, int end) {
        if (start < 0 || end > size() || start > end) {
            throw new IndexOutOfBoundsException("slice " + start + ".." + end + " of " + size());
        }
        return new EventRows(describer, from + start, from + end);
    }

    /** The event index of the first row. */
    int firstEvent() {
        return from;
    }

    @Override
    public EventRow get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size());
        }
        return describer.row(from + index);
    }

    // a selection model looks rows up by value; answering from the row's own index keeps that
    // O(1) instead of describing every event of the session
    @Override
    public int indexOf(Object o) {
        if (o instanceof EventRow row && row.index() >= from && row.index() < to) {
            return row.index() - from;
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public int size() {
        return to - from;
    }
}
