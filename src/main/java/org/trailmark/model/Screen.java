package org.trailmark.model;

/** One captured display: its bounds in the capture's coordinate space and its scale factor. */
public record Screen(int id, int x, int y, int width, int height, double scale) {
    public Screen {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("screen size must be positive");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("screen scale must be a positive number");
        }
    }
}
