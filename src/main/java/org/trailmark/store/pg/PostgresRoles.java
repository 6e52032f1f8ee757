package org.trailmark.store.pg;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trailmark.store.AuditActions;
import org.trailmark.store.WorkspaceException;

/**
 * Members of a team workspace: a PostgreSQL login role, the group role of its {@link TeamRole}, and a
 * row in {@code workspace_members} (which row-level security reads). Each change is one transaction
 * with its audit entry. Run by the workspace's owner (or a superuser): creating login roles needs
 * CREATEROLE, and granting a group role needs ADMIN OPTION on it.
 */
public final class PostgresRoles {
    /** One member: the database user, its role, and for a subject the subject whose data it sees. */
    public record Member(String dbUser, TeamRole role, String subjectId) {
    }

    /** What a grant did. */
    public record Granted(Member member, boolean loginCreated, Optional<TeamRole> previousRole) {
    }

    private PostgresRoles() {
    }

    /** Creates the group roles, the member table, grants and row-level security; re-run-safe. */
    public static void install(Connection c, PostgresLocation where) {
        try {
            Sql.inTransaction(c, () -> {
                PostgresAccess.install(c);
                return null;
            });
        } catch (SQLException e) {
            throw PostgresErrors.failed(where, "set up roles and row-level security", e);
        }
    }

    /**
     * Makes {@code user} a member with {@code role}: creates the login role if missing (without a
     * password: the IT department sets one, or the server authenticates another way), grants the
     * group role (revoking the member's previous one) and records the member.
     *
     * @param subjectId required for {@link TeamRole#SUBJECT}, refused for every other role
     */
    public static Granted grant(Connection c, PostgresLocation where, String user, TeamRole role, String subjectId,
                                String actor) {
        requireName(user);
        if ((role == TeamRole.SUBJECT) != (subjectId != null && !subjectId.isBlank())) {
            throw new WorkspaceException(role == TeamRole.SUBJECT
                    ? "a subject member needs --subject ID: the recorded person whose data the user may see"
                    : "--subject is for the subject role only; a " + role.wireName() + " sees every session");
        }
        String subject = role == TeamRole.SUBJECT ? subjectId.strip() : null;
        try {
            return Sql.inTransaction(c, () -> {
                Optional<TeamRole> previous = roleOf(c, user);
                if (previous.isPresent() && previous.get() == TeamRole.ADMIN && role != TeamRole.ADMIN) {
                    requireAnotherAdmin(c, user);
                }
                boolean created = !roleExists(c, user);
                try (Statement s = c.createStatement()) {
                    if (created) {
                        s.execute("CREATE ROLE " + Sql.ident(user) + " LOGIN");
                    }
                    if (previous.isPresent() && previous.get() != role) {
                        s.execute("REVOKE " + previous.get().groupRole() + " FROM " + Sql.ident(user));
                    }
                    if (!isMemberOf(c, user, role.groupRole())) {
                        s.execute("GRANT " + role.groupRole() + " TO " + Sql.ident(user));
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO workspace_members (db_user, role, subject_id)"
                        + " VALUES (?, ?, ?) ON CONFLICT (db_user) DO UPDATE SET role = excluded.role,"
                        + " subject_id = excluded.subject_id")) {
                    ps.setString(1, user);
                    ps.setString(2, role.wireName());
                    if (subject == null) {
                        ps.setNull(3, Types.VARCHAR);
                    } else {
                        ps.setString(3, subject);
                    }
                    ps.executeUpdate();
                }
                insertAudit(c, actor, AuditActions.MEMBER_GRANTED, "member " + user + " as " + role.wireName()
                        + (subject == null ? "" : " of subject " + subject)
                        + previous.filter(p -> p != role).map(p -> " (was " + p.wireName() + ")").orElse("")
                        + (created ? "; login role created" : ""));
                return new Granted(new Member(user, role, subject), created, previous);
            });
        } catch (SQLException e) {
            throw PostgresErrors.failed(where, "grant " + role.wireName() + " to " + user, e);
        }
    }

    /** Ends a membership: the group role is revoked and the member row removed; the login role stays. */
    public static Member revoke(Connection c, PostgresLocation where, String user, String actor) {
        requireName(user);
        try {
            return Sql.inTransaction(c, () -> {
                Member member = members(c).stream().filter(m -> m.dbUser().equals(user)).findFirst()
                        .orElseThrow(() -> new WorkspaceException(user + " is not a member of " + describe(where)));
                if (member.role() == TeamRole.ADMIN) {
                    requireAnotherAdmin(c, user);
                }
                try (Statement s = c.createStatement()) {
                    if (isMemberOf(c, user, member.role().groupRole())) {
                        s.execute("REVOKE " + member.role().groupRole() + " FROM " + Sql.ident(user));
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM workspace_members WHERE db_user = ?")) {
                    ps.setString(1, user);
                    ps.executeUpdate();
                }
                insertAudit(c, actor, AuditActions.MEMBER_REVOKED, "member " + user + " was "
                        + member.role().wireName());
                return member;
            });
        } catch (SQLException e) {
            throw PostgresErrors.failed(where, "revoke the membership of " + user, e);
        }
    }

    /** Every member, by database user. */
    public static List<Member> members(Connection c) throws SQLException {
        List<Member> members = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT db_user, role, subject_id FROM workspace_members ORDER BY db_user")) {
            while (rs.next()) {
                TeamRole role = TeamRole.ofWireName(rs.getString(2)).orElseThrow(
                        () -> new WorkspaceException("workspace_members holds an unknown role"));
                members.add(new Member(rs.getString(1), role, rs.getString(3)));
            }
        }
        return members;
    }

    private static Optional<TeamRole> roleOf(Connection c, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT role FROM workspace_members WHERE db_user = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? TeamRole.ofWireName(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void requireAnotherAdmin(Connection c, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM workspace_members WHERE role = 'admin' AND db_user <> ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    throw new WorkspaceException(user + " is the workspace's only admin; make another member admin"
                            + " first");
                }
            }
        }
    }

    private static boolean roleExists(Connection c, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Direct membership, as GRANT made it (pg_has_role would also count inherited and superuser rights). */
    private static boolean isMemberOf(Connection c, String user, String group) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_auth_members m"
                + " JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member"
                + " WHERE r.rolname = ? AND u.rolname = ?")) {
            ps.setString(1, group);
            ps.setString(2, user);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertAudit(Connection c, String actor, String action, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit (at, actor, action, session_id, detail) VALUES (?, ?, ?, NULL, ?)")) {
            ps.setString(1, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            ps.setString(2, actor);
            ps.setString(3, action);
            ps.setString(4, detail);
            ps.executeUpdate();
        }
    }

    private static void requireName(String user) {
        if (user == null || user.isBlank()) {
            throw new WorkspaceException("name the database user");
        }
        if (user.getBytes(StandardCharsets.UTF_8).length > Sql.MAX_NAME_BYTES) {
            throw new WorkspaceException("a PostgreSQL user name has at most " + Sql.MAX_NAME_BYTES + " bytes");
        }
        if (user.startsWith("trailmark_") || user.startsWith("pg_")) {
            throw new WorkspaceException(user + " is a reserved name; members are login roles of people");
        }
    }

    private static String describe(PostgresLocation where) {
        return where == null ? "the workspace" : where.describe();
    }
}
