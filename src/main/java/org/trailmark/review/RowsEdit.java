package org.trailmark.review;

import java.util.List;
import org.trailmark.model.Flag;
import org.trailmark.model.Task;
import org.trailmark.store.Versions;
import org.trailmark.store.Workspace;

/**
 * Any change to a session's tasks or flags as a before/after pair: add ([] to [t]), delete ([t] to
 * []), edit, move edges, split ([t] to [a, b]), merge ([a, b] to [m]). Undo swaps the pair. Ids
 * given by the first execution are kept, so redo restores the very same rows.
 */
final class RowsEdit<T> implements Command {
    /** One of the workspace's compare-and-set replacements ({@code replaceTasks}, {@code replaceFlags}). */
    @FunctionalInterface
    interface Replacement<T> {
        List<T> replace(String sessionId, List<T> expected, List<T> replacement, String what, String actor);
    }

    private final Replacement<T> replacement;
    private final String actor;
    private final String sessionId;
    private final String description;
    private final List<T> before;
    private List<T> after;
    private boolean done;

    private RowsEdit(Replacement<T> replacement, String actor, String sessionId, String description, List<T> before,
                     List<T> after) {
        this.replacement = replacement;
        this.actor = actor;
        this.sessionId = sessionId;
        this.description = description;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    static RowsEdit<Task> tasks(Workspace workspace, String actor, String sessionId, String description,
                                List<Task> before, List<Task> after) {
        return tasks(workspace, Versions.GOLD, actor, sessionId, description, before, after);
    }

    static RowsEdit<Flag> flags(Workspace workspace, String actor, String sessionId, String description,
                                List<Flag> before, List<Flag> after) {
        return flags(workspace, Versions.GOLD, actor, sessionId, description, before, after);
    }

    /** An edit of one version of the session's tasks: {@link Versions#GOLD} or a labeler's own. */
    static RowsEdit<Task> tasks(Workspace workspace, String version, String actor, String sessionId,
                                String description, List<Task> before, List<Task> after) {
        Replacement<Task> replace = Versions.GOLD.equals(version) ? workspace.review()::replaceTasks
                : (s, e, r, w, a) -> workspace.review().replaceTasks(s, version, e, r, w, a);
        return new RowsEdit<>(replace, actor, sessionId, description, before, after);
    }

    static RowsEdit<Flag> flags(Workspace workspace, String version, String actor, String sessionId,
                                String description, List<Flag> before, List<Flag> after) {
        Replacement<Flag> replace = Versions.GOLD.equals(version) ? workspace.flags()::replace
                : (s, e, r, w, a) -> workspace.flags().replace(s, version, e, r, w, a);
        return new RowsEdit<>(replace, actor, sessionId, description, before, after);
    }

    @Override
    public void execute() {
        after = replacement.replace(sessionId, before, after, done ? "redo " + description : description, actor);
        done = true;
    }

    @Override
    public void undo() {
        replacement.replace(sessionId, after, before, "undo " + description, actor);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String sessionId() {
        return sessionId;
    }

    /** The rows as the last execution stored them. */
    List<T> result() {
        return after;
    }
}
