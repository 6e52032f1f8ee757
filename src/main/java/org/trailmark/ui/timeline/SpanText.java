package org.trailmark.ui.timeline;

import java.util.function.ToDoubleFunction;

/**
 * The text a span's bar shows: its whole label when it fits, else the label's start cut with an
 * ellipsis. An instruction is usually wider than its task's bar; showing nothing then (as the
 * track once did) made a task lose its label as soon as its instruction was typed.
 */
final class SpanText {
    static final String ELLIPSIS = "\u2026";

    private SpanText() {
    }

    /**
     * @param room  the width available for text
     * @param width measures a string in the track's font
     * @return what fits, or "" when not even one character and the ellipsis do
     */
    static String fitted(String label, double room, ToDoubleFunction<String> width) {
        if (label.isEmpty() || width.applyAsDouble(label) <= room) {
            return label;
        }
        // the longest prefix that fits with the ellipsis; widths grow with length, so halve
        int low = 0;
        int high = label.length() - 1;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width.applyAsDouble(label.substring(0, mid).stripTrailing() + ELLIPSIS) <= room) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? "" : label.substring(0, low).stripTrailing() + ELLIPSIS;
    }
}
