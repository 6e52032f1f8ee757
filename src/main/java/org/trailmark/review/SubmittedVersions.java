package org.trailmark.review;

import java.util.ArrayList;
import java.util.List;
import org.trailmark.review.agreement.LabelerVersion;
import org.trailmark.review.agreement.SessionVersions;
import org.trailmark.store.LabelerVersionState;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/** The submitted versions of double-labelled sessions, as the agreement figures take them. */
public final class SubmittedVersions {
    /** What {@link #all} found: the sessions it can compare, and those still waiting for a submission. */
    public record Found(List<SessionVersions> sessions, List<String> waiting) {
    }

    private SubmittedVersions() {
    }

    /** One session's versions; refused until it is double-labelled and every labeler has submitted. */
    public static SessionVersions of(Workspace workspace, String sessionId) {
        SessionSummary session = workspace.sessions().find(sessionId)
                .orElseThrow(() -> new ReviewException("no session " + sessionId));
        List<LabelerVersionState> labelers = workspace.versions().labelers(sessionId);
        if (labelers.size() < 2) {
            throw new ReviewException("session " + sessionId + " is not double-labelled (assign two or more labelers)");
        }
        List<String> waiting = labelers.stream().filter(l -> !l.submitted()).map(LabelerVersionState::labeler).toList();
        if (!waiting.isEmpty()) {
            throw new ReviewException("agreement on session " + sessionId + " waits until every labeler has submitted"
                    + " (not yet: " + String.join(", ", waiting) + ")");
        }
        List<LabelerVersion> versions = new ArrayList<>();
        for (LabelerVersionState l : labelers) {
            versions.add(new LabelerVersion(l.labeler(), workspace.review().tasks(sessionId, l.labeler()),
                    workspace.flags().ofVersion(sessionId, l.labeler())));
        }
        return new SessionVersions(sessionId, (int) Math.min(Integer.MAX_VALUE, session.durationMs() + 1), versions);
    }

    /** Every double-labelled session whose labelers have all submitted; the others are named as waiting. */
    public static Found all(Workspace workspace) {
        List<SessionVersions> ready = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (String id : workspace.versions().doubleLabelledSessions()) {
            if (workspace.versions().allSubmitted(id)) {
                ready.add(of(workspace, id));
            } else {
                waiting.add(id);
            }
        }
        return new Found(ready, waiting);
    }
}
