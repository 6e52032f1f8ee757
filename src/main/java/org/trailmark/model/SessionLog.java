package org.trailmark.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events of one session, stored as parallel primitive columns so that a workday of pointer
 * moves costs about 21 bytes an event and a time lookup is a binary search.
 *
 * <p>Column meaning by kind ({@code a} and {@code b} are generic integer slots):
 * <ul>
 *   <li>pointer_move: x, y</li>
 *   <li>button_down / button_up: x, y, a = {@link PointerButton} index</li>
 *   <li>wheel: x, y, a = dx, b = dy (notches as the capture tool reported them)</li>
 *   <li>key_down / key_up: a = string id of the W3C {@code code}, b = string id of the text
 *       produced or {@link #NO_STRING}</li>
 *   <li>focus: a = string id of the application, b = string id of the window title</li>
 *   <li>field: a = {@link FieldRole} index, b = string id of the field label or {@link #NO_STRING}</li>
 *   <li>marker: a = string id of the label</li>
 *   <li>clipboard: a = number of characters copied, cut or pasted, b = string id of the text, or
 *       {@link #NO_STRING} when only the length was kept (the default: clipboard contents are
 *       sensitive)</li>
 *   <li>pause / resume: nothing</li>
 * </ul>
 * Times are milliseconds from session start and never decrease. Instances are immutable: the
 * arrays are owned and never handed out.
 */
public final class SessionLog {
    public static final int NO_STRING = -1;

    private final int size;
    private final int[] time;
    private final byte[] kind;
    private final int[] x;
    private final int[] y;
    private final int[] a;
    private final int[] b;
    private final String[] strings;

    /** Takes ownership of the arrays; callers must not keep references (use {@link SessionLogBuilder}). */
    SessionLog(int size, int[] time, byte[] kind, int[] x, int[] y, int[] a, int[] b, String[] strings) {
        this.size = size;
        this.time = time;
        this.kind = kind;
        this.x = x;
        this.y = y;
        this.a = a;
        this.b = b;
        this.strings = strings;
    }

    /** Builds a log from columns that the caller hands over and will not touch again. */
    public static SessionLog ofColumns(int size, int[] time, byte[] kind, int[] x, int[] y, int[] a, int[] b,
                                       String[] strings) {
        if (time.length < size || kind.length < size || x.length < size || y.length < size
                || a.length < size || b.length < size) {
            throw new IllegalArgumentException("columns shorter than size");
        }
        for (int i = 1; i < size; i++) {
            if (time[i] < time[i - 1]) {
                throw new IllegalArgumentException("event times decrease at index " + i);
            }
        }
        return new SessionLog(size, time, kind, x, y, a, b, strings);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int time(int i) {
        return time[check(i)];
    }

    public EventKind kind(int i) {
        return EventKind.ofCode(kind[check(i)]);
    }

    public byte kindCode(int i) {
        return kind[check(i)];
    }

    public int x(int i) {
        return x[check(i)];
    }

    public int y(int i) {
        return y[check(i)];
    }

    public int a(int i) {
        return a[check(i)];
    }

    public int b(int i) {
        return b[check(i)];
    }

    /** The string with that id, or null for {@link #NO_STRING}. */
    public String string(int id) {
        return id == NO_STRING ? null : strings[id];
    }

    public int stringCount() {
        return strings.length;
    }

    public List<String> strings() {
        return List.of(strings);
    }

    /** Milliseconds from the first to the last event's time offset origin (session start) to the last event. */
    public long durationMs() {
        return size == 0 ? 0 : time[size - 1];
    }

    /** Index of the first event at or after {@code t}, or {@link #size()} when there is none. */
    public int firstIndexAtOrAfter(int t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public Map<EventKind, Long> countsByKind() {
        long[] counts = new long[EventKind.values().length];
        for (int i = 0; i < size; i++) {
            counts[kind[i]]++;
        }
        Map<EventKind, Long> result = new EnumMap<>(EventKind.class);
        for (EventKind k : EventKind.values()) {
            result.put(k, counts[k.code()]);
        }
        return result;
    }

    /** How many events of one kind the log holds. */
    public int countOf(EventKind k) {
        byte code = k.code();
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (kind[i] == code) {
                n++;
            }
        }
        return n;
    }

    /** Applications that had focus, in order of first focus. */
    public List<String> apps() {
        Set<String> apps = new LinkedHashSet<>();
        byte focus = EventKind.FOCUS.code();
        for (int i = 0; i < size; i++) {
            if (kind[i] == focus && a[i] != NO_STRING) {
                apps.add(strings[a[i]]);
            }
        }
        return List.copyOf(apps);
    }

    /** Approximate heap bytes held by this log (arrays and strings), for the memory budget. */
    public long approximateBytes() {
        long bytes = (long) time.length * 4 + kind.length + (long) x.length * 4 + (long) y.length * 4
                + (long) a.length * 4 + (long) b.length * 4;
        for (String s : strings) {
            bytes += 40 + s.length();
        }
        return bytes;
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("event " + i + " of " + size);
        }
        return i;
    }

    /** Copies a range of the time column, for codecs and indexes that work on whole columns. */
    public int[] timeColumn(int from, int to) {
        return Arrays.copyOfRange(time, from, to);
    }

    public byte[] kindColumn(int from, int to) {
        return Arrays.copyOfRange(kind, from, to);
    }

    public int[] xColumn(int from, int to) {
        return Arrays.copyOfRange(x, from, to);
    }

    public int[] yColumn(int from, int to) {
        return Arrays.copyOfRange(y, from, to);
    }

    public int[] aColumn(int from, int to) {
        return Arrays.copyOfRange(a, from, to);
    }

    public int[] bColumn(int from, int to) {
        return Arrays.copyOfRange(b, from, to);
    }
}
