package org.trailmark.media;

import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * Makes test videos whose frames say what they are: a row of black and white cells spelling the
 * frame's number in binary, and a red square where the pointer is (given per frame), so decoding,
 * sync, pauses and coordinate mapping are checked to the frame by reading pixels, not by eye.
 */
public final class TimeCodedVideo {
    public static final int CELL = 16;
    public static final int BITS = 14;
    public static final int BACKGROUND = 0xFF607080;
    public static final int MARKER = 0xFFFF0000;
    public static final int MARKER_SIZE = 10;

    private TimeCodedVideo() {
    }

    /** Where the pointer marker goes in frame {@code i}, in frame pixels, or null for none. */
    public interface Pointer extends IntFunction<int[]> {
    }

    /**
     * Writes {@code frames} frames at {@code fps} (frame i starts at i/fps s), keyframe every
     * {@code keyframeEvery} frames.
     */
    public static Path write(Path file, int width, int height, int fps, int frames, int keyframeEvery,
                             VideoEncoder.Codec codec, Pointer pointer) throws MediaException {
        try (VideoEncoder encoder = VideoEncoder.create(file, width, height, fps, fps, keyframeEvery, codec)) {
            for (int i = 0; i < frames; i++) {
                encoder.write(picture(width, height, i, pointer == null ? null : pointer.apply(i)), i);
            }
        }
        return file;
    }

    public static int[] picture(int width, int height, int number, int[] marker) {
        int[] argb = new int[width * height];
        java.util.Arrays.fill(argb, BACKGROUND);
        for (int bit = 0; bit < BITS; bit++) {
            int colour = ((number >> bit) & 1) == 1 ? 0xFFFFFFFF : 0xFF000000;
            fill(argb, width, height, bit * CELL, 0, CELL, CELL, colour);
        }
        if (marker != null) {
            fill(argb, width, height, marker[0] - MARKER_SIZE / 2, marker[1] - MARKER_SIZE / 2, MARKER_SIZE,
                    MARKER_SIZE, MARKER);
        }
        return argb;
    }

    /** The frame number a decoded picture at its own size spells (cells read at their centres). */
    public static int numberOf(VideoFrame frame) {
        int number = 0;
        for (int bit = 0; bit < BITS; bit++) {
            int x = bit * CELL + CELL / 2;
            int y = CELL / 2;
            if (luminance(frame.pixel(x, y)) > 128) {
                number |= 1 << bit;
            }
        }
        return number;
    }

    /** The centre of the red marker in frame pixels, or null when no pixel is clearly red. */
    public static double[] markerCentre(VideoFrame frame) {
        long sx = 0;
        long sy = 0;
        long n = 0;
        for (int y = CELL + 2; y < frame.height(); y++) {
            for (int x = 0; x < frame.width(); x++) {
                int p = frame.pixel(x, y);
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                if (r > 180 && g < 90 && b < 90) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        return n == 0 ? null : new double[] {(double) sx / n, (double) sy / n};
    }

    static int luminance(int argb) {
        return (((argb >> 16) & 0xFF) * 3 + ((argb >> 8) & 0xFF) * 6 + (argb & 0xFF)) / 10;
    }

    private static void fill(int[] argb, int width, int height, int x0, int y0, int w, int h, int colour) {
        for (int y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
                argb[y * width + x] = colour;
            }
        }
    }
}
