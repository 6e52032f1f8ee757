package org.trailmark.ui.timeline;

import java.util.Objects;

/**
 * One picture of the thumbnail track: the recorded screen at {@code atMs}, drawn over
 * {@code [atMs, atMs + spanMs)} of the timeline. Either pixels (masked regions already burnt in),
 * or a hidden picture named by its category, or no picture at all at that time.
 *
 * @param argb        the picture, {@code width × height}, or null when hidden or when there is none
 * @param hiddenLabel the category hiding it (e.g. "Private / off-task"), or null
 */
public record Thumbnail(int atMs, int spanMs, int width, int height, int[] argb, String hiddenLabel) {
    public Thumbnail {
        if (argb != null && argb.length != width * height) {
            throw new IllegalArgumentException("pixel array does not match " + width + "x" + height);
        }
    }

    public boolean isHidden() {
        return hiddenLabel != null;
    }

    public boolean hasPicture() {
        return argb != null;
    }

    @Override
    public boolean equals(Object o) {
        // pixels by identity: a thumbnail is the same when it is the same decoded picture
        return o instanceof Thumbnail t && t.atMs == atMs && t.spanMs == spanMs && t.argb == argb
                && Objects.equals(t.hiddenLabel, hiddenLabel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(atMs, spanMs, System.identityHashCode(argb), hiddenLabel);
    }

    @Override
    public String toString() {
        return "Thumbnail[" + atMs + " ms" + (isHidden() ? ", hidden" : hasPicture() ? "" : ", none") + "]";
    }
}
