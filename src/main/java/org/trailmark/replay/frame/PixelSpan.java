package org.trailmark.replay.frame;

/**
 * A stretch of session time as it lands on a frame: {@code x0} to {@code x1} in pixels, already
 * clipped to the frame, with the untouched times it came from (for tooltips).
 */
public record PixelSpan(double x0, double x1, int startMs, int endMs) {
    public double width() {
        return x1 - x0;
    }

    public boolean containsX(double x) {
        return x >= x0 && x < x1;
    }
}
