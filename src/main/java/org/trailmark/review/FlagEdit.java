package org.trailmark.review;

import java.util.List;
import org.trailmark.model.Flag;
import org.trailmark.store.Workspace;

/** Any change to a session's flags as a before/after pair; see {@link TaskEdit}. */
final class FlagEdit implements Command {
    private final Workspace workspace;
    private final String actor;
    private final String sessionId;
    private final String description;
    private final List<Flag> before;
    private List<Flag> after;
    private boolean done;

    FlagEdit(Workspace workspace, String actor, String sessionId, String description, List<Flag> before,
             List<Flag> after) {
        this.workspace = workspace;
        this.actor = actor;
        this.sessionId = sessionId;
        this.description = description;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    @Override
    public void execute() {
        after = workspace.replaceFlags(sessionId, before, after, done ? "redo " + description : description, actor);
        done = true;
    }

    @Override
    public void undo() {
        workspace.replaceFlags(sessionId, after, before, "undo " + description, actor);
    }

    @Override
    public String description() {
        return description;
    }

    List<Flag> result() {
        return after;
    }
}
