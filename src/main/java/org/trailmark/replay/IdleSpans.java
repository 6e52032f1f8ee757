package org.trailmark.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/**
 * Stretches with no input longer than a threshold: shaded on the timeline and jumped over by
 * "skip idle" playback.
 *
 * <p>Input is keys, buttons, the wheel and pointer moves that go somewhere. A hand resting on
 * the mouse makes it jitter a pixel or two for hours; such moves, within {@code jitterPx} of
 * where the pointer last counted as moving, are not input. Focus, field and marker events are
 * what the machine did, not the person, so they are not input either; a capture pause shows as
 * idle because nothing was recorded.
 */
public final class IdleSpans {
    public static final int DEFAULT_THRESHOLD_MS = 5000;
    public static final int DEFAULT_JITTER_PX = 3;

    private final int thresholdMs;
    private final int[] starts;
    private final int[] ends;

    private IdleSpans(int thresholdMs, int[] starts, int[] ends) {
        this.thresholdMs = thresholdMs;
        this.starts = starts;
        this.ends = ends;
    }

    public static IdleSpans detect(SessionLog log) {
        return detect(log, DEFAULT_THRESHOLD_MS, DEFAULT_JITTER_PX);
    }

    /** Finds the gaps between input events longer than {@code thresholdMs}, the session's edges included. */
    public static IdleSpans detect(SessionLog log, int thresholdMs, int jitterPx) {
        if (thresholdMs <= 0) {
            throw new IllegalArgumentException("idle threshold must be positive");
        }
        int capacity = 16;
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        long jitterSquared = (long) jitterPx * jitterPx;
        int lastActive = 0;
        boolean anchored = false;
        int anchorX = 0;
        int anchorY = 0;
        byte move = EventKind.POINTER_MOVE.code();
        for (int i = 0; i < log.size(); i++) {
            byte kind = log.kindCode(i);
            boolean active;
            if (kind == move) {
                long dx = log.x(i) - anchorX;
                long dy = log.y(i) - anchorY;
                active = !anchored || dx * dx + dy * dy > jitterSquared;
            } else {
                active = isInput(kind);
            }
            if (!active) {
                continue;
            }
            if (kind == move || kind == EventKind.BUTTON_DOWN.code() || kind == EventKind.BUTTON_UP.code()
                    || kind == EventKind.WHEEL.code()) {
                anchorX = log.x(i);
                anchorY = log.y(i);
                anchored = true;
            }
            int t = log.time(i);
            if (t - lastActive > thresholdMs) {
                if (count == capacity) {
                    capacity *= 2;
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                }
                starts[count] = lastActive;
                ends[count] = t;
                count++;
            }
            lastActive = t;
        }
        int end = (int) log.durationMs();
        if (end - lastActive > thresholdMs) {
            if (count == capacity) {
                starts = Arrays.copyOf(starts, capacity + 1);
                ends = Arrays.copyOf(ends, capacity + 1);
            }
            starts[count] = lastActive;
            ends[count] = end;
            count++;
        }
        return new IdleSpans(thresholdMs, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** A copy or paste is the person acting too (a recorder without keyboard access reports only those). */
    private static boolean isInput(byte kind) {
        return kind == EventKind.KEY_DOWN.code() || kind == EventKind.KEY_UP.code()
                || kind == EventKind.BUTTON_DOWN.code() || kind == EventKind.BUTTON_UP.code()
                || kind == EventKind.WHEEL.code() || kind == EventKind.CLIPBOARD.code();
    }

    /**
     * These spans and {@code more} together, overlapping and touching stretches merged: what the
     * timeline shades when a context tracker says the person was away during a session.
     */
    public IdleSpans with(List<TimeSpan> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<TimeSpan> all = new ArrayList<>(spans());
        all.addAll(more);
        all.sort((a, b) -> a.startMs() != b.startMs() ? Integer.compare(a.startMs(), b.startMs())
                : Integer.compare(a.endMs(), b.endMs()));
        int[] s = new int[all.size()];
        int[] e = new int[all.size()];
        int n = 0;
        for (TimeSpan span : all) {
            if (n > 0 && span.startMs() <= e[n - 1]) {
                e[n - 1] = Math.max(e[n - 1], span.endMs());
            } else {
                s[n] = span.startMs();
                e[n] = span.endMs();
                n++;
            }
        }
        return new IdleSpans(thresholdMs, Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    public int thresholdMs() {
        return thresholdMs;
    }

    public int count() {
        return starts.length;
    }

    public TimeSpan span(int i) {
        return new TimeSpan(starts[i], ends[i]);
    }

    public List<TimeSpan> spans() {
        List<TimeSpan> result = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            result.add(span(i));
        }
        return result;
    }

    /** The spans that overlap {@code [fromMs, toMs)}, for drawing the visible part of the timeline. */
    public List<TimeSpan> spansIn(int fromMs, int toMs) {
        List<TimeSpan> result = new ArrayList<>();
        for (int i = firstEndingAfter(fromMs); i < starts.length && starts[i] < toMs; i++) {
            result.add(span(i));
        }
        return result;
    }

    /** True when {@code ms} lies inside an idle span. */
    public boolean isIdle(int ms) {
        int i = firstEndingAfter(ms);
        return i < starts.length && starts[i] <= ms;
    }

    /**
     * Where "skip idle" playback continues from {@code ms}: the end of the idle span it lies in,
     * or {@code ms} itself when it is not idle.
     */
    public int nextNonIdleTime(int ms) {
        int i = firstEndingAfter(ms);
        return i < starts.length && starts[i] <= ms ? ends[i] : ms;
    }

    /** Total idle time, for summaries. */
    public long totalIdleMs() {
        long total = 0;
        for (int i = 0; i < starts.length; i++) {
            total += ends[i] - starts[i];
        }
        return total;
    }

    /** Index of the first span whose end is after {@code ms}. */
    private int firstEndingAfter(int ms) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= ms) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
