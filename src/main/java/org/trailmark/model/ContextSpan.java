package org.trailmark.model;

import java.util.Objects;

/**
 * A stretch of a session described by a context tracker, in ms from the session's start,
 * {@code [startMs, endMs)}. App, title and URL are empty strings when the tracker gave none; titles
 * and URLs are captured content, as sensitive as window titles.
 *
 * @param source the file name the span came from (no folder), for the person reading it back
 */
public record ContextSpan(ContextKind kind, int startMs, int endMs, String app, String title, String url,
                          String source) {
    public ContextSpan {
        Objects.requireNonNull(kind, "kind");
        app = app == null ? "" : app;
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        source = source == null ? "" : source;
        if (startMs < 0 || endMs <= startMs) {
            throw new IllegalArgumentException("a context span needs 0 <= start < end");
        }
    }

    public boolean overlaps(int fromMs, int toMs) {
        return startMs < toMs && endMs > fromMs;
    }

    @Override
    public String toString() {
        // Titles and URLs are captured content.
        return "ContextSpan[" + kind.key() + " " + startMs + "-" + endMs + "]";
    }
}
