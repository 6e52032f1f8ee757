package org.trailmark.review;

import java.util.List;
import org.trailmark.model.Task;
import org.trailmark.store.Workspace;

/**
 * Any change to a session's tasks as a before/after pair: add ([] to [t]), delete ([t] to []),
 * edit, move edges, split ([t] to [a, b]), merge ([a, b] to [m]). Undo swaps the pair. Ids
 * given by the first execution are kept, so redo restores the very same tasks.
 */
final class TaskEdit implements Command {
    private final Workspace workspace;
    private final String actor;
    private final String sessionId;
    private final String description;
    private final List<Task> before;
    private List<Task> after;
    private boolean done;

    TaskEdit(Workspace workspace, String actor, String sessionId, String description, List<Task> before,
             List<Task> after) {
        this.workspace = workspace;
        this.actor = actor;
        this.sessionId = sessionId;
        this.description = description;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    @Override
    public void execute() {
        after = workspace.replaceTasks(sessionId, before, after, done ? "redo " + description : description, actor);
        done = true;
    }

    @Override
    public void undo() {
        workspace.replaceTasks(sessionId, after, before, "undo " + description, actor);
    }

    @Override
    public String description() {
        return description;
    }

    /** The tasks as the last execution stored them. */
    List<Task> result() {
        return after;
    }
}
