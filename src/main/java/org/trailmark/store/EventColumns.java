package org.trailmark.store;

import org.trailmark.model.SessionLog;

/**
 * The six event columns as bare arrays: what a chunk is encoded from and decoded into, so a
 * loaded session goes straight into the arrays its {@link SessionLog} will own.
 */
final class EventColumns {
    final int[] time;
    final byte[] kind;
    final int[] x;
    final int[] y;
    final int[] a;
    final int[] b;

    EventColumns(int[] time, byte[] kind, int[] x, int[] y, int[] a, int[] b) {
        this.time = time;
        this.kind = kind;
        this.x = x;
        this.y = y;
        this.a = a;
        this.b = b;
    }

    static EventColumns allocate(int size) {
        return new EventColumns(new int[size], new byte[size], new int[size], new int[size], new int[size],
                new int[size]);
    }

    /** Copies events {@code [from, to)} of the log. */
    static EventColumns copyOf(SessionLog log, int from, int to) {
        return new EventColumns(log.timeColumn(from, to), log.kindColumn(from, to), log.xColumn(from, to),
                log.yColumn(from, to), log.aColumn(from, to), log.bColumn(from, to));
    }

    /** Hands the arrays over to a new log; this object must not be used afterwards. */
    SessionLog toLog(int size, String[] strings) {
        return SessionLog.ofColumns(size, time, kind, x, y, a, b, strings);
    }
}
