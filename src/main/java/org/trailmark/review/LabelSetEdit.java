package org.trailmark.review;

import java.util.List;
import org.trailmark.model.Label;
import org.trailmark.store.Workspace;

/** Replaces the workspace's label set; undo puts back the previous one. */
final class LabelSetEdit implements Command {
    private final Workspace workspace;
    private final String actor;
    private final List<Label> before;
    private final List<Label> after;

    LabelSetEdit(Workspace workspace, String actor, List<Label> before, List<Label> after) {
        this.workspace = workspace;
        this.actor = actor;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    @Override
    public void execute() {
        workspace.review().replaceLabels(before, after, actor);
    }

    @Override
    public void undo() {
        workspace.review().replaceLabels(after, before, actor);
    }

    @Override
    public String description() {
        return "Edit label set";
    }
}
