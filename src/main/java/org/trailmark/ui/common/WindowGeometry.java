package org.trailmark.ui.common;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where a window goes, worked out on rectangles alone (outer frame bounds, title bar included), so
 * the rules can be checked without a screen: a window never larger than the visible part of its
 * screen, never partly off it, dialogs centred on their owner.
 */
public final class WindowGeometry {
    private WindowGeometry() {
    }

    /**
     * The visible bounds of the screen that holds most of {@code wanted}, or {@code primary} when no
     * screen holds any of it (a monitor that was unplugged, coordinates from another desk).
     */
    public static Rectangle2D screenFor(Rectangle2D wanted, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D best = primary;
        double bestArea = 0;
        for (Rectangle2D screen : screens) {
            double area = overlap(wanted, screen);
            if (area > bestArea) {
                best = screen;
                bestArea = area;
            }
        }
        return best;
    }

    /**
     * {@code frame} made to fit {@code visible}: no larger than it, then moved the least distance
     * that brings it wholly inside. A frame without a position (NaN x or y) is centred.
     */
    public static Rectangle2D clampInto(Rectangle2D frame, Rectangle2D visible) {
        double width = Math.min(frame.getWidth(), visible.getWidth());
        double height = Math.min(frame.getHeight(), visible.getHeight());
        double x = Double.isNaN(frame.getMinX()) ? visible.getMinX() + (visible.getWidth() - width) / 2
                : clamp(frame.getMinX(), visible.getMinX(), visible.getMaxX() - width);
        double y = Double.isNaN(frame.getMinY()) ? visible.getMinY() + (visible.getHeight() - height) / 2
                : clamp(frame.getMinY(), visible.getMinY(), visible.getMaxY() - height);
        return new Rectangle2D(Math.round(x), Math.round(y), Math.floor(width), Math.floor(height));
    }

    /** A window of this size centred on {@code anchor} (its owner), then kept inside {@code visible}. */
    public static Rectangle2D centredOn(Rectangle2D anchor, double width, double height, Rectangle2D visible) {
        double x = anchor.getMinX() + (anchor.getWidth() - width) / 2;
        double y = anchor.getMinY() + (anchor.getHeight() - height) / 2;
        return clampInto(new Rectangle2D(x, y, Math.max(0, width), Math.max(0, height)), visible);
    }

    /**
     * The size a window's content asks for within its limits and the room the screen leaves once
     * the window manager's frame is added: the least of the preferred, the limit's largest and the
     * visible room, but never under the limit's smallest while the screen has room for that.
     */
    public static double within(double preferred, double least, double most, double room) {
        double size = Math.min(Math.max(preferred, least), most);
        return Math.max(0, Math.min(size, room));
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width > 0 && height > 0 ? width * height : 0;
    }

    private static double clamp(double value, double least, double most) {
        return Math.max(least, Math.min(value, most));
    }
}
