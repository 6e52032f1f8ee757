package org.trailmark.io.rrweb;

import java.util.List;
import org.trailmark.model.Screen;

/**
 * The session's screen is the browser's viewport, in CSS pixels, where rrweb's pointer positions
 * lie (origin at the viewport's top left). A session has one screen, so when the viewport changed
 * size (Meta of a new page, ViewportResize) the screen is the largest width and height seen, which
 * holds every position; the report says how often it changed.
 */
final class Viewport {
    private static final double MAX_SIDE = 1_000_000;

    private int width;
    private int height;
    private int lastWidth;
    private int lastHeight;
    private long changes;

    /** Returns false when the size is not two positive numbers. */
    boolean size(double w, double h) {
        if (!(w >= 1 && w <= MAX_SIDE && h >= 1 && h <= MAX_SIDE)) {
            return false;
        }
        int iw = (int) Math.round(w);
        int ih = (int) Math.round(h);
        if (lastWidth != 0 && (iw != lastWidth || ih != lastHeight)) {
            changes++;
        }
        lastWidth = iw;
        lastHeight = ih;
        width = Math.max(width, iw);
        height = Math.max(height, ih);
        return true;
    }

    List<Screen> screens() {
        return width == 0 ? List.of() : List.of(new Screen(0, 0, 0, width, height, 1.0));
    }

    long changes() {
        return changes;
    }

    String largest() {
        return width + "\u00d7" + height;
    }
}
