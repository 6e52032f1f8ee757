package org.trailmark.ui.player;

/**
 * Which stretch of events the inspector table holds. JavaFX's virtual flow walks its rows to
 * place a scroll, so a table of a million rows costs milliseconds on every scroll of a playing
 * session; the table therefore holds {@value #SIZE} rows around the playhead and moves that
 * window only when the playhead comes within {@value #MARGIN} rows of its edge.
 */
final class EventWindow {
    static final int SIZE = 2_000;
    static final int MARGIN = 400;

    private EventWindow() {
    }

    /** Where the window should start for {@code index}, keeping {@code currentStart} when it still fits. */
    static int startFor(int index, int currentStart, int total) {
        if (total <= SIZE) {
            return 0;
        }
        int maxStart = total - SIZE;
        boolean fits = currentStart >= 0 && currentStart <= maxStart
                && (index >= currentStart + MARGIN || currentStart == 0)
                && (index < currentStart + SIZE - MARGIN || currentStart == maxStart)
                && index >= currentStart && index < currentStart + SIZE;
        if (fits) {
            return currentStart;
        }
        return Math.max(0, Math.min(maxStart, index - SIZE / 2));
    }
}
