package org.trailmark.generate;

import java.util.List;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;

/** One generated capture with the sensitive content planted in it. */
public record GeneratedSession(SessionInfo info, SessionLog log, List<PlantedSecret> planted) {
    public GeneratedSession {
        planted = List.copyOf(planted);
    }
}
