package org.trailmark.model;

/**
 * A stretch of session time during which the screen recording ran. Session time
 * {@code [sessionStartMs, sessionStartMs + durationMs)} shows media time
 * {@code mediaStartMs + (t - sessionStartMs)}. A recording paused and resumed has one segment per
 * running stretch; between them the session has no picture.
 */
public record MediaSegment(int sessionStartMs, long mediaStartMs, int durationMs) {
    public MediaSegment {
        if (mediaStartMs < 0) {
            throw new IllegalArgumentException("media time must not be negative");
        }
        if (durationMs <= 0) {
            throw new IllegalArgumentException("a media segment needs a positive duration");
        }
    }

    public int sessionEndMs() {
        return sessionStartMs + durationMs;
    }

    public boolean contains(int sessionMs) {
        return sessionMs >= sessionStartMs && sessionMs < sessionEndMs();
    }

    public long toMediaMs(int sessionMs) {
        return mediaStartMs + (sessionMs - sessionStartMs);
    }
}
