package org.trailmark.media;

/**
 * One decoded picture as 32-bit ARGB pixels, row after row (opaque: alpha is always 0xFF, so the
 * same array serves JavaFX's premultiplied format and AWT's {@code TYPE_INT_ARGB}).
 *
 * @param mediaMs the frame's time from the video's first frame, in milliseconds
 */
public record VideoFrame(int width, int height, int[] argb, long mediaMs) {
    public VideoFrame {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("pixel array does not match " + width + "x" + height);
        }
    }

    public int pixel(int x, int y) {
        return argb[y * width + x];
    }
}
