package org.trailmark.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Appends events in time order and interns their strings. Not thread-safe; one builder per
 * reader. Times that go backwards are rejected, so a reader can report them with a line number.
 *
 * <p>A {@linkplain #spilling spilling} builder keeps at most one chunk of events: each time a
 * chunk fills, its events go to a consumer as a {@link SessionLog} of their own (times are session
 * times; string ids refer to the one table of the builder, which the chunk does not carry), so a
 * capture of any length is read in bounded memory. Its figures come from {@link #finishSpilling()}.
 * The chunk is lent, not given: it shares the builder's arrays, which take the next events once
 * the consumer returns, so a consumer that needs the events later copies them first. That is what
 * keeps a long read from making garbage at every chunk.
 */
public final class SessionLogBuilder {
    private static final String[] NO_STRINGS = new String[0];

    /** Events in the arrays; with spilling, those not yet handed on. */
    private int size;
    private final int spillAt;
    private final Consumer<SessionLog> spill;
    private long spilled;
    private int lastSpilledTime;
    private long[] spilledCounts;
    private Set<String> spilledApps;
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
        this(expectedEvents, 0, null);
    }

    private SessionLogBuilder(int expectedEvents, int spillAt, Consumer<SessionLog> spill) {
        this.spillAt = spillAt;
        this.spill = spill;
        int capacity = Math.max(16, expectedEvents);
        time = new int[capacity];
        kind = new byte[capacity];
        x = new int[capacity];
        y = new int[capacity];
        a = new int[capacity];
        b = new int[capacity];
    }

    /**
     * A builder that lends each run of {@code chunkEvents} events to {@code chunks} as soon as it is
     * full (valid during the call only), and keeps none of them; {@link #build()} is then refused:
     * use {@link #finishSpilling()}.
     */
    public static SessionLogBuilder spilling(int chunkEvents, Consumer<SessionLog> chunks) {
        if (chunkEvents < 1) {
            throw new IllegalArgumentException("a chunk holds at least one event");
        }
        SessionLogBuilder builder = new SessionLogBuilder(chunkEvents, chunkEvents, chunks);
        builder.spilledCounts = new long[EventKind.values().length];
        builder.spilledApps = new LinkedHashSet<>();
        return builder;
    }

    /** Whether events go on in chunks instead of being kept ({@link #spilling}). */
    public boolean isSpilling() {
        return spill != null;
    }

    /** Events appended so far, including those already handed on. */
    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, spilled + size);
    }

    /** Time of the last event appended, or 0 when none. */
    public int lastTime() {
        return size == 0 ? lastSpilledTime : time[size - 1];
    }

    /** Time of the event at {@code index}, which must be below {@link #size()} and not handed on. */
    public int timeAt(int index) {
        long local = index - spilled;
        if (local < 0 || local >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return time[(int) local];
    }

    /**
     * Takes back the last event appended, for a reader that learns from later lines that the
     * event's line was damaged. Its strings stay interned: unused strings are harmless.
     */
    public void removeLast() {
        if (size == 0) {
            throw new IllegalStateException(spilled == 0 ? "no event to remove" : "the last event was handed on");
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
        int last = lastTime();
        if (t < last) {
            throw new IllegalArgumentException("event time " + t + " is before the previous event's " + last);
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
        if (size == spillAt) {
            spillChunk();
        }
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
        if (spill != null) {
            throw new IllegalStateException("a spilling builder keeps no log: use finishSpilling()");
        }
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

    /**
     * Hands on the events still held and returns the figures of everything appended; the builder
     * must not be used afterwards.
     */
    public LogFigures finishSpilling() {
        if (spill == null) {
            throw new IllegalStateException("not a spilling builder");
        }
        if (size > 0) {
            spillChunk();
        }
        Map<EventKind, Long> counts = new EnumMap<>(EventKind.class);
        for (EventKind k : EventKind.values()) {
            counts.put(k, spilledCounts[k.code()]);
        }
        time = null;
        return new LogFigures(spilled, lastSpilledTime, counts, List.copyOf(spilledApps), List.copyOf(strings));
    }

    private void spillChunk() {
        byte focus = EventKind.FOCUS.code();
        for (int i = 0; i < size; i++) {
            spilledCounts[kind[i]]++;
            if (kind[i] == focus && a[i] != SessionLog.NO_STRING) {
                spilledApps.add(strings.get(a[i]));
            }
        }
        SessionLog chunk = new SessionLog(size, time, kind, x, y, a, b, NO_STRINGS);
        spilled += size;
        lastSpilledTime = time[size - 1];
        spill.accept(chunk);
        size = 0;
    }
}
