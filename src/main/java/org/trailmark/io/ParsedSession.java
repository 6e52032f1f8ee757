package org.trailmark.io;

import java.nio.file.Path;
import java.util.List;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;

/**
 * One session read from an input, with the problems met on the way (warnings only: it was readable)
 * and the screen media the capture names (files not yet opened: ingest probes and stores them).
 */
public record ParsedSession(Path source, SessionInfo info, SessionLog log, List<Problem> problems,
                            List<MediaReference> media) {
    public ParsedSession {
        problems = List.copyOf(problems);
        media = List.copyOf(media);
    }

    /** A session without screen media. */
    public ParsedSession(Path source, SessionInfo info, SessionLog log, List<Problem> problems) {
        this(source, info, log, problems, List.of());
    }
}
