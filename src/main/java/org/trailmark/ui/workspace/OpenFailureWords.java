package org.trailmark.ui.workspace;

import java.lang.System.Logger.Level;
import java.util.Map;
import org.trailmark.store.NoWorkspaceException;
import org.trailmark.store.WorkspaceException;
import org.trailmark.store.pg.TeamOpenException;
import org.trailmark.ui.common.Formats;

/**
 * Why a workspace did not open, as a title and a sentence a person can act on. The store's messages
 * are worded already and never hold a password; anything else becomes a plain sentence naming only
 * the kind of failure, never a stack trace.
 */
public record OpenFailureWords(String title, String message) {
    private static final System.Logger LOG = System.getLogger(OpenFailureWords.class.getName());
    private static final Map<TeamOpenException.Reason, String> TITLES = Map.of(
            TeamOpenException.Reason.UNREACHABLE, "The server did not answer",
            TeamOpenException.Reason.AUTHENTICATION, "The server did not let you in",
            TeamOpenException.Reason.NO_DATABASE, "There is no such database",
            TeamOpenException.Reason.NOT_A_MEMBER, "You are not a member of this workspace",
            TeamOpenException.Reason.NO_SCHEMA, "This database is not a Trailmark workspace yet",
            TeamOpenException.Reason.SCHEMA_OUTDATED, "The workspace needs a schema update",
            TeamOpenException.Reason.OTHER, "Could not open the team workspace");

    public static OpenFailureWords of(Throwable failure) {
        if (failure instanceof TeamOpenException team) {
            return new OpenFailureWords(TITLES.get(team.reason()), Formats.sentence(team.getMessage()));
        }
        if (failure instanceof NoWorkspaceException missing) {
            return new OpenFailureWords("The workspace file is not there",
                    "There is no workspace at " + missing.path() + " any more: it was moved, renamed or deleted.");
        }
        if (failure instanceof WorkspaceException && failure.getMessage() != null) {
            return new OpenFailureWords("Could not open the workspace", Formats.sentence(failure.getMessage()));
        }
        // the class only: a driver's own text is not ours to vouch for
        LOG.log(Level.WARNING, "opening a workspace failed: " + failure.getClass().getName());
        return new OpenFailureWords("Could not open the workspace", "Something unexpected went wrong ("
                + failure.getClass().getSimpleName() + "). The workspace open before is still open.");
    }

    /** Whether typing a password (again) could help. */
    public static boolean wantsPassword(Throwable failure) {
        return failure instanceof TeamOpenException team && team.reason() == TeamOpenException.Reason.AUTHENTICATION;
    }
}
