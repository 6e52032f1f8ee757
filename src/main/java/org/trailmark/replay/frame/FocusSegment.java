package org.trailmark.replay.frame;

import org.trailmark.replay.FocusSpan;

/** A window-focus stretch on a frame: where it is drawn and which app (and window) it was. */
public record FocusSegment(PixelSpan pixels, FocusSpan focus) {
    public boolean containsX(double x) {
        return pixels.containsX(x);
    }

    @Override
    public String toString() {
        // The span's title is captured content; FocusSpan#toString leaves it out, and so do we.
        return "FocusSegment[" + pixels + ", " + focus + "]";
    }
}
