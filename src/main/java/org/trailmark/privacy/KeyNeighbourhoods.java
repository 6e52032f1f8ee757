package org.trailmark.privacy;

import java.util.Arrays;
import org.trailmark.model.EventKind;
import org.trailmark.model.EventSource;

/**
 * The events a finding of typed text must take along besides the key presses that typed it: each
 * press's release (its code names the key, so redaction must drop it too) and a Shift held for a
 * capital, with its release. They lie within a few thousand events of the press, so only those
 * neighbourhoods are read again, in batches of bounded length, after the text was scanned.
 */
final class KeyNeighbourhoods {
    /** A release is looked for within this many events after its press (counted in the whole session). */
    static final int RELEASE_WITHIN = 2_000;
    /** A held Shift is looked for within this many events before the press. */
    static final int SHIFT_WITHIN = 40;
    /** The most positions one read covers, so the events held at once stay bounded. */
    private static final int BATCH_SPAN = 1 << 18;

    private final EventSource events;
    private final int[] presses;
    /** Per press: the related events (release, Shift, Shift's release), -1 when there is none. */
    private final int[][] related;
    /** Per press: its time and the related events' times. */
    private final int[][] times;

    private int size;
    private int[] position = new int[256];
    private byte[] kind = new byte[256];
    private int[] time = new int[256];
    private int[] a = new int[256];

    private KeyNeighbourhoods(EventSource events, int[] presses) {
        this.events = events;
        this.presses = presses;
        this.related = new int[presses.length][];
        this.times = new int[presses.length][];
    }

    /** Reads the neighbourhoods of the given key presses (positions, ascending and distinct). */
    static KeyNeighbourhoods of(EventSource events, int[] presses) {
        KeyNeighbourhoods n = new KeyNeighbourhoods(events, presses);
        int first = 0;
        while (first < presses.length) {
            int last = first;
            long from = Math.max(0L, (long) presses[first] - SHIFT_WITHIN);
            while (last + 1 < presses.length && (long) presses[last + 1] + RELEASE_WITHIN - from <= BATCH_SPAN) {
                last++;
            }
            n.read((int) from, (int) Math.min(Integer.MAX_VALUE, (long) presses[last] + RELEASE_WITHIN));
            for (int p = first; p <= last; p++) {
                n.resolve(p);
            }
            first = last + 1;
        }
        n.position = null;
        n.kind = null;
        n.time = null;
        n.a = null;
        return n;
    }

    /** The press at {@code press} with its related events, as positions, each with its time. */
    void addTo(int press, PositionsAndTimes out) {
        int p = Arrays.binarySearch(presses, press);
        out.add(press, times[p][0]);
        for (int k = 0; k < related[p].length; k++) {
            if (related[p][k] >= 0) {
                out.add(related[p][k], times[p][k + 1]);
            }
        }
    }

    /** Positions (possibly repeated) with their times. */
    interface PositionsAndTimes {
        void add(int position, int time);
    }

    private void read(int from, int to) {
        size = 0;
        events.withoutPointerMoves(from, to, (pos, k, t, codeA, b) -> {
            if (size == position.length) {
                int n = size * 2;
                position = Arrays.copyOf(position, n);
                kind = Arrays.copyOf(kind, n);
                time = Arrays.copyOf(time, n);
                a = Arrays.copyOf(a, n);
            }
            position[size] = pos;
            kind[size] = k;
            time[size] = t;
            a[size++] = codeA;
        });
    }

    private void resolve(int p) {
        int down = Arrays.binarySearch(position, 0, size, presses[p]);
        if (down < 0) {
            throw new IllegalStateException("a typed key press is missing from its session");
        }
        int up = releaseOf(down);
        int shift = heldShift(down);
        int shiftUp = shift >= 0 ? releaseOf(shift) : -1;
        int[] found = {up, shift, shiftUp};
        int[] at = new int[4];
        at[0] = time[down];
        for (int k = 0; k < found.length; k++) {
            at[k + 1] = found[k] >= 0 ? time[found[k]] : 0;
            found[k] = found[k] >= 0 ? position[found[k]] : -1;
        }
        related[p] = found;
        times[p] = at;
    }

    private int releaseOf(int down) {
        byte upKind = EventKind.KEY_UP.code();
        int code = a[down];
        int limit = position[down] + RELEASE_WITHIN;
        for (int j = down + 1; j < size && position[j] < limit; j++) {
            if (kind[j] == upKind && a[j] == code) {
                return j;
            }
        }
        return -1;
    }

    private int heldShift(int down) {
        byte downKind = EventKind.KEY_DOWN.code();
        int from = position[down] - SHIFT_WITHIN;
        for (int j = down - 1; j >= 0 && position[j] >= from; j--) {
            if (kind[j] == downKind) {
                String code = events.string(a[j]);
                if (code != null && code.startsWith("Shift")) {
                    int up = releaseOf(j);
                    return up < 0 || up > down ? j : -1;
                }
            }
        }
        return -1;
    }
}
