package org.trailmark.ui.review;

import java.util.List;
import org.trailmark.model.Flag;
import org.trailmark.model.Label;
import org.trailmark.model.SessionReview;
import org.trailmark.model.Task;
import org.trailmark.review.CommandStack;
import org.trailmark.review.VersionView;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Workspace;

/**
 * What the review panel shows of one session, read together on the interactive lane after an
 * edit, an undo or a reload, and handed to the UI thread whole: the UI never reads the workspace
 * or the undo history itself.
 *
 * @param sessionId    null when no workspace session is open (then only the labels are read)
 * @param changeMarker the id of the session's latest review change in the audit log when read (0 for none):
 *                     a later one means someone changed the session since
 */
record ReviewSnapshot(String sessionId, List<Label> labels, List<Task> tasks, List<Flag> flags,
                      SessionReview review, String undoText, String redoText, boolean canUndo, boolean canRedo,
                      VersionState versions, long changeMarker) {

    static ReviewSnapshot read(Workspace workspace, String sessionId, CommandStack history) {
        List<Label> labels = workspace.review().labels();
        String undo = history.undoDescription().map(d -> "Undo " + d).orElse("Undo");
        String redo = history.redoDescription().map(d -> "Redo " + d).orElse("Redo");
        if (sessionId == null) {
            return new ReviewSnapshot(null, labels, List.of(), List.of(), null, undo, redo, history.canUndo(),
                    history.canRedo(), VersionState.NONE, 0);
        }
        // the marker first: a change made while the rest is read shows again at the next check, never gets lost
        long marker = workspace.audit().lastReviewChange(sessionId).map(AuditEntry::id).orElse(0L);
        // On a double-labelled session its labelers see their own version (VersionView).
        return new ReviewSnapshot(sessionId, labels, VersionView.tasks(workspace, sessionId),
                VersionView.flags(workspace, sessionId), workspace.review().status(sessionId), undo, redo,
                history.canUndo(), history.canRedo(), VersionState.read(workspace, sessionId), marker);
    }
}
