package org.trailmark.store;

import java.util.List;
import org.trailmark.model.LogFigures;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;

/** The pieces of {@link Workspace#addStreamedSession}: the read it runs, and what that read returns. */
public final class StreamedImport {
    private StreamedImport() {
    }

    /** Reads a session's events into the builder the workspace gives, which stores them as they come. */
    @FunctionalInterface
    public interface Read {
        /**
         * Reads once; returns the session's rows, or null when nothing was readable (then nothing is
         * stored). Runs with the workspace's lock held: it must not wait for another thread's use of
         * the same workspace.
         */
        Rows readInto(SessionLogBuilder events);
    }

    /**
     * The session's header, the figures of its events and the screen media it carries (whose files
     * must already be in the media store).
     */
    public record Rows(SessionInfo info, LogFigures figures, List<ScreenMedia> media) {
        public Rows {
            media = List.copyOf(media);
        }
    }
}
