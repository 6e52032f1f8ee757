package org.trailmark.model;

/**
 * A rectangle in screen pixels of the captured display (the coordinate space of the recorded
 * pointer), e.g. the area a region flag masks or the part of the screen a video shows.
 */
public record ScreenRegion(int x, int y, int width, int height) {
    public ScreenRegion {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a region needs a positive width and height");
        }
    }

    /** The smallest region holding every screen, or null when there are none. */
    public static ScreenRegion enclosing(java.util.List<Screen> screens) {
        if (screens.isEmpty()) {
            return null;
        }
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (Screen s : screens) {
            left = Math.min(left, s.x());
            top = Math.min(top, s.y());
            right = Math.max(right, s.x() + s.width());
            bottom = Math.max(bottom, s.y() + s.height());
        }
        return new ScreenRegion(left, top, right - left, bottom - top);
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    /** Whether {@code other} lies wholly inside this region (edges may touch). */
    public boolean encloses(ScreenRegion other) {
        return other.x >= x && other.y >= y && (long) other.x + other.width <= (long) x + width
                && (long) other.y + other.height <= (long) y + height;
    }

    public boolean contains(double px, double py) {
        return px >= x && px < right() && py >= y && py < bottom();
    }

    /** Written as {@code X,Y,W,H}, the form the command line takes. */
    @Override
    public String toString() {
        return x + "," + y + "," + width + "," + height;
    }
}
