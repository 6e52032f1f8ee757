package org.trailmark.io;

import java.nio.file.Path;
import java.util.List;
import org.trailmark.model.LogFigures;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLogBuilder;

/**
 * One capture read as it is stored: its id is known before its events are read (so a store can
 * file chunks under it and tell at once that it already holds it), and {@link #readInto} sends
 * the events to a builder, which may hand them on in chunks instead of keeping them. Reading it
 * gives the same id, events, strings, figures and problems as the importer's {@code read}.
 */
public interface SessionStream {

    /** The capture that is read: a recording folder or file. */
    Path source();

    /** The id the session will have. */
    String sessionId();

    /** Reads the events into {@code events} once; the session is null when nothing was readable. */
    Read readInto(SessionLogBuilder events);

    /** What the read gave: a session (or null) and every problem met, in input order. */
    record Read(Streamed session, List<Problem> problems) {
        public Read {
            problems = List.copyOf(problems);
        }
    }

    /** A session whose events went to the builder: its header, its figures and the media it names. */
    record Streamed(SessionInfo info, LogFigures figures, List<Problem> problems, List<MediaReference> media) {
        public Streamed {
            problems = List.copyOf(problems);
            media = List.copyOf(media);
        }
    }
}
