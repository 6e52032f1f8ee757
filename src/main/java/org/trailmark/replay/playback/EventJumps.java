package org.trailmark.replay.playback;

import java.util.EnumMap;
import java.util.Map;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/**
 * Finds the event before or after a moment, of any kind or of one {@link JumpKind}, by binary
 * search. The times of every kind except pointer moves are copied into one sorted array each
 * (a few percent of a session), so "next click" costs O(log n) on a workday of mouse moves
 * instead of a scan; "any event" searches the log itself.
 */
public final class EventJumps {
    private final SessionLog log;
    private final Map<EventKind, int[]> timesByKind;

    private EventJumps(SessionLog log, Map<EventKind, int[]> timesByKind) {
        this.log = log;
        this.timesByKind = timesByKind;
    }

    /** One pass over the log. */
    public static EventJumps of(SessionLog log) {
        int kinds = EventKind.values().length;
        int[] counts = new int[kinds];
        for (int i = 0; i < log.size(); i++) {
            counts[log.kindCode(i)]++;
        }
        int[][] times = new int[kinds][];
        for (int k = 0; k < kinds; k++) {
            times[k] = k == EventKind.POINTER_MOVE.code() ? new int[0] : new int[counts[k]];
        }
        int[] filled = new int[kinds];
        byte move = EventKind.POINTER_MOVE.code();
        for (int i = 0; i < log.size(); i++) {
            byte k = log.kindCode(i);
            if (k != move) {
                times[k][filled[k]++] = log.time(i);
            }
        }
        Map<EventKind, int[]> byKind = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            byKind.put(kind, times[kind.code()]);
        }
        return new EventJumps(log, byKind);
    }

    /** The time of the first event of {@code kind} (any event when null) after {@code ms}, or -1. */
    public int nextTimeAfter(int ms, EventKind kind) {
        if (kind == null || kind == EventKind.POINTER_MOVE) {
            int i = log.firstIndexAtOrAfter(ms == Integer.MAX_VALUE ? ms : ms + 1);
            return kind == null ? (i < log.size() ? log.time(i) : -1) : nextMoveFrom(i);
        }
        int[] times = timesByKind.get(kind);
        int i = firstAbove(times, ms);
        return i < times.length ? times[i] : -1;
    }

    /** The time of the last event of {@code kind} (any event when null) before {@code ms}, or -1. */
    public int previousTimeBefore(int ms, EventKind kind) {
        if (kind == null || kind == EventKind.POINTER_MOVE) {
            int i = log.firstIndexAtOrAfter(ms) - 1;
            return kind == null ? (i >= 0 ? log.time(i) : -1) : previousMoveFrom(i);
        }
        int[] times = timesByKind.get(kind);
        int i = firstAtOrAbove(times, ms) - 1;
        return i >= 0 ? times[i] : -1;
    }

    /** How many events of {@code kind} the session has, to grey out jumps that can go nowhere. */
    public int count(EventKind kind) {
        return kind == null ? log.size() : kind == EventKind.POINTER_MOVE ? -1 : timesByKind.get(kind).length;
    }

    // pointer moves are not copied: they are nearly every event, so a short scan finds one
    private int nextMoveFrom(int i) {
        byte move = EventKind.POINTER_MOVE.code();
        for (int j = i; j < log.size(); j++) {
            if (log.kindCode(j) == move) {
                return log.time(j);
            }
        }
        return -1;
    }

    private int previousMoveFrom(int i) {
        byte move = EventKind.POINTER_MOVE.code();
        for (int j = i; j >= 0; j--) {
            if (log.kindCode(j) == move) {
                return log.time(j);
            }
        }
        return -1;
    }

    private static int firstAbove(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstAtOrAbove(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
