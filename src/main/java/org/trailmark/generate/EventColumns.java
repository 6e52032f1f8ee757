package org.trailmark.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/**
 * Where generated events go: the SessionLog columns themselves. Sized up front for the large
 * benchmark sessions so that ten million events cost the final arrays and nothing else (no
 * per-event objects, no copy when the log is made).
 */
final class EventColumns {
    private final int limit;
    private int size;
    private int[] time;
    private byte[] kind;
    private int[] x;
    private int[] y;
    private int[] a;
    private int[] b;
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> stringIds = new HashMap<>();

    /** A growing sink for sessions of unknown length. */
    EventColumns() {
        this(4096, Integer.MAX_VALUE);
    }

    /** A sink that holds exactly {@code limit} events and refuses more. */
    static EventColumns exactly(int limit) {
        return new EventColumns(limit, limit);
    }

    private EventColumns(int capacity, int limit) {
        this.limit = limit;
        time = new int[capacity];
        kind = new byte[capacity];
        x = new int[capacity];
        y = new int[capacity];
        a = new int[capacity];
        b = new int[capacity];
    }

    int size() {
        return size;
    }

    /** Events that still fit; effectively unbounded for a growing sink. */
    int remaining() {
        return limit - size;
    }

    int intern(String s) {
        if (s == null) {
            return SessionLog.NO_STRING;
        }
        Integer id = stringIds.get(s);
        if (id == null) {
            id = strings.size();
            strings.add(s);
            stringIds.put(s, id);
        }
        return id;
    }

    void add(int t, EventKind k, int xv, int yv, int av, int bv) {
        if (size == limit) {
            throw new IllegalStateException("generator wrote more events than it planned (" + limit + ")");
        }
        if (size > 0 && t < time[size - 1]) {
            throw new IllegalStateException("generator went back in time at event " + size);
        }
        if (size == time.length) {
            grow();
        }
        time[size] = t;
        kind[size] = k.code();
        x[size] = xv;
        y[size] = yv;
        a[size] = av;
        b[size] = bv;
        size++;
    }

    SessionLog toLog() {
        if (time.length != size) {
            time = Arrays.copyOf(time, size);
            kind = Arrays.copyOf(kind, size);
            x = Arrays.copyOf(x, size);
            y = Arrays.copyOf(y, size);
            a = Arrays.copyOf(a, size);
            b = Arrays.copyOf(b, size);
        }
        SessionLog log = SessionLog.ofColumns(size, time, kind, x, y, a, b, strings.toArray(new String[0]));
        time = null;
        kind = null;
        x = null;
        y = null;
        a = null;
        b = null;
        return log;
    }

    private void grow() {
        int capacity = (int) Math.min((long) limit, time.length + (long) (time.length >> 1) + 16);
        time = Arrays.copyOf(time, capacity);
        kind = Arrays.copyOf(kind, capacity);
        x = Arrays.copyOf(x, capacity);
        y = Arrays.copyOf(y, capacity);
        a = Arrays.copyOf(a, capacity);
        b = Arrays.copyOf(b, capacity);
    }
}
