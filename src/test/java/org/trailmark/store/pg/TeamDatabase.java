package org.trailmark.store.pg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.trailmark.store.Workspace;

/**
 * A fresh database on {@link PostgresTestServer} brought to the team schema by {@link PostgresTestServer#OWNER}
 * (who thereby becomes its first admin), and logins made members with a team role as a test needs them: the
 * set-up every row-level security test starts from. Logins are named per database ({@code alice_tm123_4}), so
 * tests never see each other's members.
 */
final class TeamDatabase {
    /** Who the grants are recorded as made by. */
    private static final String GRANTED_BY = "it";

    private final PostgresTestServer.TestDatabase db;

    private TeamDatabase(PostgresTestServer.TestDatabase db) {
        this.db = db;
    }

    /** A new, empty team workspace database. */
    static TeamDatabase create() {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), warning -> { });
        return new TeamDatabase(db);
    }

    /** The login of a recorded person who may see only {@code subjectId}'s data. */
    String subject(String person, String subjectId) throws SQLException {
        return member(person, TeamRole.SUBJECT, subjectId);
    }

    String labeler(String person) throws SQLException {
        return member(person, TeamRole.LABELER, null);
    }

    String curator(String person) throws SQLException {
        return member(person, TeamRole.CURATOR, null);
    }

    String admin(String person) throws SQLException {
        return member(person, TeamRole.ADMIN, null);
    }

    /** A login that exists on the server but is no member of this workspace. */
    String stranger(String person) throws SQLException {
        return db.createLogin(person);
    }

    /** A plain JDBC connection as {@code user}. */
    Connection connect(String user) throws SQLException {
        return db.connect(user);
    }

    /** A connection as the database's owner, the workspace's first admin. */
    Connection owner() throws SQLException {
        return db.connect(PostgresTestServer.OWNER);
    }

    /** A connection as the server's superuser, which row-level security does not bind. */
    Connection superuser() throws SQLException {
        return db.superuser();
    }

    /** The workspace as Trailmark opens it for {@code user}, its media in {@code media}. */
    Workspace open(String user, Path media) {
        return Workspace.openTeam(db.location(user), media);
    }

    private String member(String person, TeamRole role, String subjectId) throws SQLException {
        String user = db.user(person);
        try (Connection c = owner()) {
            PostgresRoles.grant(c, null, user, role, subjectId, GRANTED_BY);
        }
        return user;
    }
}
