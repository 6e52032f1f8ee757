package org.trailmark.io.activitywatch;

import java.time.Instant;
import java.util.Objects;
import org.trailmark.model.ContextKind;

/**
 * One usable event of an ActivityWatch export, on the wall clock: what a session it overlaps gains.
 *
 * @param host  {@code host-} pseudonym of the bucket's host name (the raw name is never kept), or null
 *              when the bucket names no host
 * @param line  where the event starts in the export, for problems found later
 */
public record ContextEvent(String host, ContextKind kind, Instant start, Instant end, String app, String title,
                           String url, long line) {
    public ContextEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    @Override
    public String toString() {
        // Titles and URLs are captured content.
        return "ContextEvent[" + kind.key() + " " + start + ".." + end + " line " + line + "]";
    }
}
