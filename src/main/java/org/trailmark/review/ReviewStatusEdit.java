package org.trailmark.review;

import org.trailmark.model.SessionReview;
import org.trailmark.store.Workspace;

/** Sets a session's review status, reviewer and reason; undo puts back the previous ones. */
final class ReviewStatusEdit implements Command {
    private final Workspace workspace;
    private final String actor;
    private final SessionReview before;
    private SessionReview after;

    ReviewStatusEdit(Workspace workspace, String actor, SessionReview before, SessionReview after) {
        this.workspace = workspace;
        this.actor = actor;
        this.before = before;
        this.after = after;
    }

    @Override
    public void execute() {
        // The first run stamps the time; redo writes that same stamp back.
        after = workspace.review().replaceStatus(before, after, actor);
    }

    @Override
    public void undo() {
        workspace.review().replaceStatus(after, before, actor);
    }

    @Override
    public String description() {
        return "Set session status to " + after.status().label().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String sessionId() {
        return before.sessionId();
    }

    SessionReview result() {
        return after;
    }
}
