package org.trailmark.store.pg;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code workspace init URL}: brings an empty (or older) database to the workspace schema, sets up
 * roles and row-level security, and makes the user who ran it an admin member. Re-running it on a
 * current workspace changes nothing but the access rules, which it re-applies.
 */
public final class TeamWorkspaceInit {
    /** What init did, for the command to print. */
    public record Report(String databaseUser, PostgresSchema.Outcome schema, Optional<PostgresRoles.Granted> admin) {
    }

    private TeamWorkspaceInit() {
    }

    public static Report run(PostgresLocation where, Consumer<String> warnings) {
        try (Connection c = where.connect(warnings)) {
            return run(c, where);
        } catch (SQLException e) {
            throw PostgresErrors.failed(where, "close the connection", e);
        }
    }

    static Report run(Connection c, PostgresLocation where) {
        PostgresSchema.Outcome schema = PostgresSchema.bringUpToDate(c, where);
        PostgresRoles.install(c, where);
        String me;
        Optional<PostgresRoles.Granted> admin;
        try {
            me = Sql.queryString(c, "SELECT session_user");
            boolean alreadyAdmin = PostgresRoles.members(c).stream()
                    .anyMatch(m -> m.dbUser().equals(me) && m.role() == TeamRole.ADMIN);
            admin = alreadyAdmin ? Optional.empty()
                    : Optional.of(PostgresRoles.grant(c, where, me, TeamRole.ADMIN, null, me));
        } catch (SQLException e) {
            throw PostgresErrors.failed(where, "record the first admin", e);
        }
        return new Report(me, schema, admin);
    }
}
