package org.trailmark.io;

import java.nio.file.Path;
import java.util.List;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;

/** One session read from an input, with the problems met on the way (warnings only: it was readable). */
public record ParsedSession(Path source, SessionInfo info, SessionLog log, List<Problem> problems) {
    public ParsedSession {
        problems = List.copyOf(problems);
    }
}
