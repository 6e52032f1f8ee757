package org.trailmark.media;

/**
 * Draws the recorded pointer onto a picture as a ring: light with a dark outline, so it shows on
 * light and dark screens alike and never hides what is under its centre.
 */
public final class PointerRing {
    private static final int LIGHT = 0xFFFFFFFF;
    private static final int DARK = 0xFF202020;

    private PointerRing() {
    }

    /** The ring's radius for a picture of that width: about one hundredth of it, at least 6 px. */
    public static double radius(int width) {
        return Math.max(6, width / 100.0);
    }

    /** Draws the ring centred on frame pixel ({@code cx}, {@code cy}) into opaque ARGB pixels in place. */
    public static void draw(int[] argb, int width, int height, double cx, double cy) {
        double r = radius(width);
        double band = Math.max(1.5, r / 4);
        int x0 = (int) Math.floor(cx - r - band - 1);
        int x1 = (int) Math.ceil(cx + r + band + 1);
        int y0 = (int) Math.floor(cy - r - band - 1);
        int y1 = (int) Math.ceil(cy + r + band + 1);
        for (int y = Math.max(0, y0); y <= Math.min(height - 1, y1); y++) {
            for (int x = Math.max(0, x0); x <= Math.min(width - 1, x1); x++) {
                double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                double fromRing = Math.abs(d - r);
                if (fromRing <= band / 2) {
                    argb[y * width + x] = LIGHT;
                } else if (fromRing <= band / 2 + 1) {
                    argb[y * width + x] = DARK;
                }
            }
        }
    }
}
