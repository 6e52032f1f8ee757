package org.trailmark.privacy;

import java.util.List;
import org.trailmark.model.Flag;
import org.trailmark.review.FindingsService;
import org.trailmark.store.Workspace;

/**
 * Runs the detectors over one stored session and keeps what they find as suggested flags, so the
 * studio, `import` and `scan` leave a session in the same state. Decisions a reviewer already made
 * stay as they are (FindingsService matches findings by detector and span).
 */
public final class StoredScan {
    /** Counts only: what a scan found must never travel in a summary. */
    public record Counts(int found, int added) {
    }

    private StoredScan() {
    }

    public static Counts run(Workspace workspace, String actor, String sessionId) {
        List<Flag> flags = SessionScanner.scan(workspace.loadLog(sessionId)).findings().stream()
                .map(f -> f.toFlag(sessionId)).toList();
        int added = new FindingsService(workspace, actor).store(sessionId, flags).added();
        return new Counts(flags.size(), added);
    }
}
