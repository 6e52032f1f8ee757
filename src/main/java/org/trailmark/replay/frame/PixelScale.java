package org.trailmark.replay.frame;

/**
 * The mapping between session time and the pixels of a frame that shows {@code [fromMs, toMs)}
 * in {@code width} pixels. Pixel {@code j} covers {@code [bucketStart(j), bucketStart(j + 1))},
 * the same edges {@link org.trailmark.replay.ActivitySummary} counts in, so a bar and the events
 * under it always agree.
 */
public record PixelScale(double fromMs, double toMs, int width) {
    public PixelScale {
        if (width < 0) {
            throw new IllegalArgumentException("frame width must not be negative");
        }
        if (!(toMs > fromMs)) {
            throw new IllegalArgumentException("frame window must have a positive length");
        }
    }

    public double msPerPixel() {
        return (toMs - fromMs) / Math.max(1, width);
    }

    /** The x (fractional pixel) where {@code ms} falls; outside {@code [0, width]} when off screen. */
    public double xAt(double ms) {
        return (ms - fromMs) * width / (toMs - fromMs);
    }

    public double timeAt(double x) {
        return fromMs + x * (toMs - fromMs) / width;
    }

    /** Where pixel {@code j} starts, in ms: written exactly as the activity summary writes it. */
    public double bucketStart(int j) {
        return fromMs + (toMs - fromMs) * j / width;
    }

    /**
     * The pixel whose bucket holds {@code ms}, or -1 when it lies outside the frame. Starts from
     * the arithmetic guess and then checks the bucket edges, because rounding may put an event
     * that sits exactly on an edge one pixel off.
     */
    public int pixelOf(double ms) {
        if (width == 0 || ms < bucketStart(0) || ms >= bucketStart(width)) {
            return -1;
        }
        int j = (int) Math.floor(xAt(ms));
        j = Math.max(0, Math.min(width - 1, j));
        while (j > 0 && bucketStart(j) > ms) {
            j--;
        }
        while (j + 1 < width && bucketStart(j + 1) <= ms) {
            j++;
        }
        return j;
    }

    /**
     * The part of {@code [startMs, endMs)} on screen as pixels, or null when nothing of it is
     * visible (zero-length stretches and stretches that end where the frame starts included).
     */
    PixelSpan clip(int startMs, int endMs) {
        if (endMs <= startMs) {
            return null;
        }
        double x0 = Math.max(0, xAt(startMs));
        double x1 = Math.min(width, xAt(endMs));
        return x1 > x0 ? new PixelSpan(x0, x1, startMs, endMs) : null;
    }
}
