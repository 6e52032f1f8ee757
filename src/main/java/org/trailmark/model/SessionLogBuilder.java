package org.trailmark.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends events in time order and interns their strings. Not thread-safe; one builder per
 * reader. Times that go backwards are rejected, so a reader can report them with a line number.
 */
public final class SessionLogBuilder {
    private int size;
    private int[] time;
    private byte[] kind;
    private int[] x;
    private int[] y;
    private int[] a;
    private int[] b;
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> stringIds = new HashMap<>();

    public SessionLogBuilder() {
        this(1024);
    }

    public SessionLogBuilder(int expectedEvents) {
        int capacity = Math.max(16, expectedEvents);
        time = new int[capacity];
        kind = new byte[capacity];
        x = new int[capacity];
        y = new int[capacity];
        a = new int[capacity];
        b = new int[capacity];
    }

    public int size() {
        return size;
    }

    /** Time of the last event appended, or 0 when none. */
    public int lastTime() {
        return size == 0 ? 0 : time[size - 1];
    }

    /** Time of the event at {@code index}, which must be below {@link #size()}. */
    public int timeAt(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return time[index];
    }

    /**
     * Takes back the last event appended, for a reader that learns from later lines that the
     * event's line was damaged. Its strings stay interned: unused strings are harmless.
     */
    public void removeLast() {
        if (size == 0) {
            throw new IllegalStateException("no event to remove");
        }
        size--;
    }

    /** Returns the id of {@code s}, adding it on first use; null maps to {@link SessionLog#NO_STRING}. */
    public int intern(String s) {
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

    public SessionLogBuilder add(int t, EventKind k, int xv, int yv, int av, int bv) {
        if (t < 0) {
            throw new IllegalArgumentException("event time is negative: " + t);
        }
        if (size > 0 && t < time[size - 1]) {
            throw new IllegalArgumentException("event time " + t + " is before the previous event's " + time[size - 1]);
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
        return this;
    }

    public SessionLogBuilder pointerMove(int t, int px, int py) {
        return add(t, EventKind.POINTER_MOVE, px, py, 0, 0);
    }

    public SessionLogBuilder button(int t, boolean down, PointerButton button, int px, int py) {
        return add(t, down ? EventKind.BUTTON_DOWN : EventKind.BUTTON_UP, px, py, button.ordinal(), 0);
    }

    public SessionLogBuilder wheel(int t, int px, int py, int dx, int dy) {
        return add(t, EventKind.WHEEL, px, py, dx, dy);
    }

    public SessionLogBuilder key(int t, boolean down, String code, String text) {
        return add(t, down ? EventKind.KEY_DOWN : EventKind.KEY_UP, 0, 0, intern(code), intern(text));
    }

    public SessionLogBuilder focus(int t, String app, String title) {
        return add(t, EventKind.FOCUS, 0, 0, intern(app), intern(title));
    }

    public SessionLogBuilder field(int t, FieldRole role, String label) {
        return add(t, EventKind.FIELD, 0, 0, role.ordinal(), intern(label));
    }

    public SessionLogBuilder pause(int t) {
        return add(t, EventKind.PAUSE, 0, 0, 0, 0);
    }

    public SessionLogBuilder resume(int t) {
        return add(t, EventKind.RESUME, 0, 0, 0, 0);
    }

    public SessionLogBuilder marker(int t, String label) {
        return add(t, EventKind.MARKER, 0, 0, intern(label), 0);
    }

    /** A clipboard copy, cut or paste of {@code length} characters; {@code text} null keeps only the length. */
    public SessionLogBuilder clipboard(int t, int length, String text) {
        if (length < 0) {
            throw new IllegalArgumentException("clipboard length is negative: " + length);
        }
        return add(t, EventKind.CLIPBOARD, 0, 0, length, intern(text));
    }

    /** Returns the log; the builder must not be used afterwards. */
    public SessionLog build() {
        SessionLog log = new SessionLog(size, Arrays.copyOf(time, size), Arrays.copyOf(kind, size),
                Arrays.copyOf(x, size), Arrays.copyOf(y, size), Arrays.copyOf(a, size), Arrays.copyOf(b, size),
                strings.toArray(new String[0]));
        time = null;
        kind = null;
        x = null;
        y = null;
        a = null;
        b = null;
        return log;
    }

    private void grow() {
        int capacity = time.length + (time.length >> 1) + 16;
        time = Arrays.copyOf(time, capacity);
        kind = Arrays.copyOf(kind, capacity);
        x = Arrays.copyOf(x, capacity);
        y = Arrays.copyOf(y, capacity);
        a = Arrays.copyOf(a, capacity);
        b = Arrays.copyOf(b, capacity);
    }
}
