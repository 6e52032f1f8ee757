package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.List;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceUser;

/** What assign and unassign share: the user names are checked before anything opens, then the session must exist. */
final class AssignmentCli {
    private AssignmentCli() {
    }

    /** One change to a session's assignments, made by {@code actor}; it says what it did on {@code out}. */
    @FunctionalInterface
    interface Change {
        void apply(Workspace workspace, String actor, PrintWriter out);
    }

    /**
     * Refuses a malformed name in {@code users} (given with {@code option}) as a usage error, then opens the
     * workspace, requires the session and applies the change as the acting user.
     */
    static int change(CommonOptions common, ActingUser user, PrintWriter out, String option, List<String> users,
                      String sessionId, Change change) {
        requireNames(option, users);
        return common.run(out, workspace -> {
            ReviewCli.requireSession(workspace, sessionId);
            change.apply(workspace, user.name(workspace), out);
            return 0;
        });
    }

    /** Each name must be one a workspace can record (no spaces, not blank, …): else "OPTION: why". */
    static void requireNames(String option, List<String> users) {
        for (String name : users) {
            WorkspaceUser.problem(name).ifPresent(problem -> {
                throw new UserError(option + ": " + problem);
            });
        }
    }
}
