package org.trailmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.trailmark.store.pg.PostgresLocation;
import org.trailmark.store.pg.TeamOpenException;

/**
 * The connecting user's row in a team workspace's member list: the role the studio shows, and for
 * a recorded person the subject whose data is theirs. Row-level security shows a login that is not
 * a member of this database's workspace no row at all, which is how a non-member is told apart.
 */
public record TeamMembership(String role, String subjectId) {

    /** The member row of whoever {@code workspace} is connected as; empty for a non-member or a workspace file. */
    public static Optional<TeamMembership> of(Workspace workspace) {
        if (!workspace.isTeam()) {
            return Optional.empty();
        }
        return workspace.database().read("read your membership", () -> {
            try (PreparedStatement ps = workspace.database().connection().prepareStatement(
                    "SELECT role, subject_id FROM workspace_members WHERE db_user = session_user::text");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new TeamMembership(rs.getString(1), rs.getString(2)))
                        : Optional.<TeamMembership>empty();
            }
        });
    }

    /**
     * The member row of whoever the team workspace opened at {@code location} is connected as. A login the
     * server lets in (it holds a role of another workspace on the server) but this workspace does not list
     * would see nothing at all and could change nothing, so it is refused in words instead.
     *
     * @throws TeamOpenException with {@link TeamOpenException.Reason#NOT_A_MEMBER} for a non-member
     */
    public static TeamMembership require(Workspace workspace, PostgresLocation location) {
        return of(workspace).orElseThrow(() -> new TeamOpenException(TeamOpenException.Reason.NOT_A_MEMBER,
                "user " + location.user() + " is not a member of the workspace " + location.describe()
                        + "; its owner adds members with trailmark workspace grant", null));
    }

    /** A team workspace opened by one of its members, with that member's row. */
    public record Opened(Workspace workspace, TeamMembership membership) {
    }

    /**
     * Opens the team workspace at {@code location} for a member only: a login the workspace does not list
     * is refused as {@link #require} says, and the connection is closed again.
     */
    public static Opened openAsMember(PostgresLocation location, java.nio.file.Path mediaRoot) {
        Workspace workspace = Workspace.openTeam(location, mediaRoot);
        try {
            return new Opened(workspace, require(workspace, location));
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** Whether the member is a recorded person, who sees only their own sessions. */
    public boolean isSubject() {
        return subjectId != null;
    }
}
