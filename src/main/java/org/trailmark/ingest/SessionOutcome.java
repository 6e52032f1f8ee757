package org.trailmark.ingest;

import java.nio.file.Path;
import java.util.List;
import org.trailmark.io.Problem;

/** What became of one session found in the inputs. */
public record SessionOutcome(Path source, String sessionId, String format, long events, Status status,
                             List<Problem> warnings) {

    public enum Status {
        IMPORTED, ALREADY_PRESENT, FAILED
    }

    public SessionOutcome {
        warnings = List.copyOf(warnings);
    }
}
