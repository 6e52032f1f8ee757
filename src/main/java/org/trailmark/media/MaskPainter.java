package org.trailmark.media;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.Objects;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;

/**
 * Burns a {@link FrameMask} into an ARGB frame in place, so the studio, the {@code frame} command
 * and the exporter all show the same covered picture. A masked region becomes an opaque neutral
 * grey with a thin darker border (a viewer sees that something was covered, not what); a hidden
 * picture becomes the grey over the whole frame with the hiding flag's category written in the
 * middle. Regions are mapped from screen pixels to frame pixels and rounded outwards, so no partly
 * covered pixel keeps any of what was under it.
 */
public final class MaskPainter {
    /** The neutral fill, CSS {@code gray}. */
    public static final int FILL = 0xFF808080;
    /** The border of a masked region, darker than the fill. */
    public static final int BORDER = 0xFF505050;
    /** The label on a hidden picture. */
    public static final int TEXT = 0xFFFFFFFF;

    private static final DirectColorModel ARGB = new DirectColorModel(32, 0x00FF0000, 0x0000FF00, 0x000000FF,
            0xFF000000);
    /** Set once drawing text failed (no font could be loaded): from then on the fill alone. */
    private static volatile boolean noText;

    private MaskPainter() {
    }

    /** Paints the mask into a decoded frame of this media (at whatever size it was decoded). */
    public static void paint(VideoFrame frame, FrameMask mask, ScreenMedia media) {
        paint(frame.argb(), frame.width(), frame.height(), mask, media.capturedArea());
    }

    /**
     * Paints the mask into {@code argb} (row after row, {@code width × height}), whose picture shows
     * {@code capturedArea} of the screen scaled to the frame.
     */
    public static void paint(int[] argb, int width, int height, FrameMask mask, ScreenRegion capturedArea) {
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(capturedArea, "capturedArea");
        if (argb.length != width * height) {
            throw new IllegalArgumentException("pixel array does not match " + width + "x" + height);
        }
        if (mask.isEmpty()) {
            return;
        }
        if (mask.hidesWholePicture()) {
            Arrays.fill(argb, FILL);
            label(argb, width, height, "Hidden: " + mask.hiddenBy().label());
            return;
        }
        for (ScreenRegion region : mask.regions()) {
            int left = clamp(Math.floorDiv(((long) region.x() - capturedArea.x()) * width, capturedArea.width()),
                    width);
            int right = clamp(ceilDiv((long) region.x() + region.width() - capturedArea.x(), width,
                    capturedArea.width()), width);
            int top = clamp(Math.floorDiv(((long) region.y() - capturedArea.y()) * height, capturedArea.height()),
                    height);
            int bottom = clamp(ceilDiv((long) region.y() + region.height() - capturedArea.y(), height,
                    capturedArea.height()), height);
            if (left < right && top < bottom) {
                box(argb, width, left, top, right, bottom);
            }
        }
    }

    /** The frame-pixel rectangle {@code [left, right) × [top, bottom)}: border colour on its edge, fill inside. */
    private static void box(int[] argb, int width, int left, int top, int right, int bottom) {
        // Two pixels of border once the box is big enough to keep a fill inside it, else one.
        int edge = Math.min(right - left, bottom - top) >= 8 ? 2 : 1;
        for (int y = top; y < bottom; y++) {
            int row = y * width;
            boolean edgeRow = y < top + edge || y >= bottom - edge;
            if (edgeRow) {
                Arrays.fill(argb, row + left, row + right, BORDER);
                continue;
            }
            int innerLeft = Math.min(left + edge, right);
            int innerRight = Math.max(right - edge, innerLeft);
            Arrays.fill(argb, row + left, row + innerLeft, BORDER);
            Arrays.fill(argb, row + innerLeft, row + innerRight, FILL);
            Arrays.fill(argb, row + innerRight, row + right, BORDER);
        }
    }

    private static void label(int[] argb, int width, int height, String text) {
        if (noText) {
            return;
        }
        try {
            WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(argb, argb.length), width, height,
                    width, ARGB.getMasks(), null);
            BufferedImage image = new BufferedImage(ARGB, raster, false, null);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, Math.min(height / 14, width / 20))));
                FontMetrics metrics = g.getFontMetrics();
                g.setColor(new java.awt.Color(TEXT, true));
                int x = (width - metrics.stringWidth(text)) / 2;
                int y = (height - metrics.getHeight()) / 2 + metrics.getAscent();
                g.drawString(text, Math.max(0, x), y);
            } finally {
                g.dispose();
            }
        } catch (RuntimeException | LinkageError | java.awt.AWTError | InternalError e) {
            // No usable font on this machine (a bare server): the fill alone still hides everything.
            noText = true;
        }
    }

    /** {@code ceil(numerator × scale / divisor)} for a positive divisor. */
    private static long ceilDiv(long numerator, long scale, long divisor) {
        return -Math.floorDiv(-numerator * scale, divisor);
    }

    private static int clamp(long value, int limit) {
        return (int) Math.max(0, Math.min(limit, value));
    }
}
