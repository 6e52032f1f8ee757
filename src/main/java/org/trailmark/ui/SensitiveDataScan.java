package org.trailmark.ui;

import java.util.List;
import org.trailmark.model.Flag;
import org.trailmark.privacy.ContextScanner;
import org.trailmark.review.FindingsService;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.ProgressSink;

/**
 * Runs the sensitive-data detectors over sessions and stores what they find as suggested flags, the
 * way `trailmark scan` does: after an import, after seeding the samples, and on demand. Findings a
 * reviewer rejected stay rejected (FindingsService matches them by detector and span).
 */
final class SensitiveDataScan {
    /** What a scan did, in numbers only: a summary must never carry what was found. */
    record Summary(int sessions, int findings, int added) {
        String text() {
            if (findings == 0) {
                return "No sensitive data found in " + sessions + (sessions == 1 ? " session." : " sessions.");
            }
            return findings + (findings == 1 ? " possible sensitive span" : " possible sensitive spans") + " in "
                    + sessions + (sessions == 1 ? " session" : " sessions") + " (" + added
                    + " new) — review them on the Sensitive track (Y confirms, N rejects).";
        }
    }

    private SensitiveDataScan() {
    }

    static Summary run(Workspace workspace, String actor, List<String> sessionIds, ProgressSink progress) {
        FindingsService findings = new FindingsService(workspace, actor);
        int found = 0;
        int added = 0;
        for (int i = 0; i < sessionIds.size(); i++) {
            String id = sessionIds.get(i);
            progress.update("Scanning " + id + " for sensitive data", (double) i / sessionIds.size());
            List<Flag> flags = ContextScanner.suggestedFlags(workspace.sessions().storedEvents(id),
                    workspace.context().ofSession(id), id);
            found += flags.size();
            added += findings.store(id, flags).added();
        }
        progress.update("Scan finished", 1.0);
        return new Summary(sessionIds.size(), found, added);
    }
}
