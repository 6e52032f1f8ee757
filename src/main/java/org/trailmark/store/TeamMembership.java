package org.trailmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

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

    /** Whether the member is a recorded person, who sees only their own sessions. */
    public boolean isSubject() {
        return subjectId != null;
    }
}
