package org.trailmark.replay;

/** A stretch of session time, {@code [startMs, endMs)} in ms from session start. */
public record TimeSpan(int startMs, int endMs) {
    public TimeSpan {
        if (endMs < startMs) {
            throw new IllegalArgumentException("span ends before it starts");
        }
    }

    public int durationMs() {
        return endMs - startMs;
    }

    public boolean contains(int ms) {
        return ms >= startMs && ms < endMs;
    }
}
