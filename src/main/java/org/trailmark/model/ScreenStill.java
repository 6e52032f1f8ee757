package org.trailmark.model;

import java.util.Objects;

/** One still screenshot: the session time it was taken and the SHA-256 of its image file. */
public record ScreenStill(int atMs, String sha256, int width, int height) {
    public ScreenStill {
        Objects.requireNonNull(sha256, "sha256");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a still needs a positive size");
        }
    }
}
