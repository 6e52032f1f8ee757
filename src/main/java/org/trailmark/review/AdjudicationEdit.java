package org.trailmark.review;

import org.trailmark.store.TasksAndFlags;
import org.trailmark.store.Workspace;

/**
 * One adjudication decision as a before/after pair of gold tasks and flags, stored in one commit.
 * Undo swaps the pair; ids given by the first execution are kept, so redo restores the very same rows.
 */
final class AdjudicationEdit implements Command {
    private final Workspace workspace;
    private final String actor;
    private final String sessionId;
    private final String description;
    private final String what;
    private final TasksAndFlags before;
    private TasksAndFlags after;
    private boolean done;

    /** @param what the decision for the audit log ("took task 12 from ana"): ids and names, never content */
    AdjudicationEdit(Workspace workspace, String actor, String sessionId, String description, String what,
                     TasksAndFlags before, TasksAndFlags after) {
        this.workspace = workspace;
        this.actor = actor;
        this.sessionId = sessionId;
        this.description = description;
        this.what = what;
        this.before = before;
        this.after = after;
    }

    @Override
    public void execute() {
        after = workspace.versions().adjudicate(sessionId, before, after, (done ? "redo " : "") + what, actor);
        done = true;
    }

    @Override
    public void undo() {
        workspace.versions().adjudicate(sessionId, after, before, "undo " + what, actor);
    }

    @Override
    public String description() {
        return description;
    }

    TasksAndFlags result() {
        return after;
    }
}
