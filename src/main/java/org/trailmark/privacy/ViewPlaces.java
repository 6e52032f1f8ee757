package org.trailmark.privacy;

import java.util.Arrays;

/**
 * Where each character of a scanned view stands in its transcript, kept as runs: a view is mostly
 * long stretches of consecutive transcript characters, broken only by separators and skipped
 * characters, so it costs a few bytes per break instead of four per character of a long text.
 */
final class ViewPlaces {
    /** Run r starts at view position start[r] with transcript index first[r] (-1: a separator). */
    private int[] start = new int[64];
    private int[] first = new int[64];
    private int runs;

    void clear() {
        runs = 0;
    }

    /** View position {@code view} (the next one) is transcript character {@code index}. */
    void character(int view, int index) {
        if (runs > 0) {
            int r = runs - 1;
            if (first[r] >= 0 && first[r] + (view - start[r]) == index) {
                return;
            }
        }
        add(view, index);
    }

    /** View position {@code view} (the next one) is a separator, no character of the transcript. */
    void separator(int view) {
        add(view, -1);
    }

    /** The transcript index of view position {@code view}, or -1 for a separator. */
    int of(int view) {
        int r = Arrays.binarySearch(start, 0, runs, view);
        if (r < 0) {
            r = -r - 2;
        }
        return first[r] < 0 ? -1 : first[r] + (view - start[r]);
    }

    private void add(int view, int index) {
        if (runs == start.length) {
            start = Arrays.copyOf(start, runs * 2);
            first = Arrays.copyOf(first, runs * 2);
        }
        start[runs] = view;
        first[runs++] = index;
    }
}
