package org.trailmark.privacy;

import java.util.Arrays;
import org.trailmark.model.EventKind;
import org.trailmark.model.EventSource;

/**
 * Where one entry may end and another begin: the session's Tab key presses and button presses,
 * gathered while its events stream past. Without field context a whole window is one text group,
 * and a spreadsheet's cells are one text, so these breaks separate values in what the scan reads.
 */
final class EntryBreaks {
    private final int tab;
    private int[] positions = new int[16];
    private int[] times = new int[16];
    private int size;

    EntryBreaks(EventSource events) {
        int found = -1;
        for (int s = 0; s < events.stringCount() && found < 0; s++) {
            if ("Tab".equals(events.string(s))) {
                found = s;
            }
        }
        this.tab = found;
    }

    /** Call for every event, in order. */
    void event(int position, byte kind, int time, int a) {
        if (kind == EventKind.BUTTON_DOWN.code() || kind == EventKind.KEY_DOWN.code() && tab >= 0 && a == tab) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
                times = Arrays.copyOf(times, size * 2);
            }
            positions[size] = position;
            times[size++] = time;
        }
    }

    /** A break after event {@code after} and before event {@code before}. */
    boolean between(int after, int before) {
        int next = firstAfter(after);
        return next < size && positions[next] < before;
    }

    /** A break within five seconds after event {@code event}, typed at {@code eventMs}: the entry was left. */
    boolean soonAfter(int event, int eventMs) {
        int next = firstAfter(event);
        return next < size && times[next] - eventMs <= 5_000;
    }

    private int firstAfter(int event) {
        int k = Arrays.binarySearch(positions, 0, size, event + 1);
        return k >= 0 ? k : -k - 1;
    }
}
