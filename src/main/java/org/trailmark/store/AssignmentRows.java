package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code assignments} table (schema step 9). Call with the workspace lock held.
 *
 * <p>Claim times are compared in SQL as text, so they are written with a fixed width (always three
 * fraction digits): {@link Instant#toString()} leaves out a zero fraction, and "…:00Z" sorts after
 * "…:00.500Z".
 */
final class AssignmentRows {
    /** {@code how} of a session assigned by someone. */
    static final String ASSIGNED = "assigned";
    /** {@code how} of a session the labeler took from the open queue with "next session for me". */
    static final String TAKEN = "taken";

    // SQLite step 9
    static final List<String> MIGRATION = List.of(
            // IF NOT EXISTS: a file rewound to an earlier version (by a test, or by hand) keeps its assignments
            "CREATE TABLE IF NOT EXISTS assignments ("
                    + " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                    + " labeler TEXT NOT NULL,"
                    + " assigned_by TEXT NOT NULL,"
                    + " assigned_at TEXT NOT NULL,"
                    + " claimed_until TEXT,"
                    + " submitted_at TEXT,"
                    + " how TEXT NOT NULL DEFAULT 'assigned' CHECK (how IN ('assigned', 'taken')),"
                    + " PRIMARY KEY (session_id, labeler))",
            "CREATE INDEX IF NOT EXISTS assignments_by_labeler ON assignments(labeler, submitted_at)");

    // PostgreSQL step 9 is the same table in store.pg.PostgresSchemaSteps.

    private static final DateTimeFormatter FIXED_WIDTH =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String COLUMNS =
            "session_id, labeler, assigned_by, assigned_at, claimed_until, submitted_at, how";

    private AssignmentRows() {
    }

    static String time(Instant at) {
        return FIXED_WIDTH.format(at);
    }

    static List<Assignment> ofSession(Connection c, String sessionId) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM assignments WHERE session_id = ? ORDER BY assigned_at, labeler",
                sessionId);
    }

    static List<Assignment> all(Connection c) throws SQLException {
        return query(c, "SELECT a.session_id, a.labeler, a.assigned_by, a.assigned_at, a.claimed_until,"
                + " a.submitted_at, a.how FROM assignments a JOIN sessions s ON s.id = a.session_id"
                + " ORDER BY s.start_epoch_ms, s.id, a.assigned_at, a.labeler", null);
    }

    /**
     * Assigns, or turns a session the labeler took into one assigned to them.
     *
     * @return true when the labeler was not assigned the session before
     */
    static boolean assign(Connection c, String sessionId, String labeler, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO assignments"
                + " (session_id, labeler, assigned_by, assigned_at, how) VALUES (?, ?, ?, ?, '" + ASSIGNED + "')"
                + " ON CONFLICT (session_id, labeler) DO UPDATE SET how = '" + ASSIGNED + "',"
                + " assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at"
                + " WHERE assignments.how = '" + TAKEN + "'")) {
            ps.setString(1, sessionId);
            ps.setString(2, labeler);
            ps.setString(3, by);
            ps.setString(4, time(at));
            return ps.executeUpdate() > 0;
        }
    }

    static boolean delete(Connection c, String sessionId, String labeler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM assignments WHERE session_id = ? AND labeler = ?")) {
            ps.setString(1, sessionId);
            ps.setString(2, labeler);
            return ps.executeUpdate() > 0;
        }
    }

    /** Claims the session for the labeler until {@code until}; a session not assigned to them is taken. */
    static void claim(Connection c, String sessionId, String labeler, Instant now, Instant until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO assignments"
                + " (session_id, labeler, assigned_by, assigned_at, claimed_until, how) VALUES (?, ?, ?, ?, ?, '"
                + TAKEN + "') ON CONFLICT (session_id, labeler) DO UPDATE SET claimed_until = excluded.claimed_until")) {
            ps.setString(1, sessionId);
            ps.setString(2, labeler);
            ps.setString(3, labeler);
            ps.setString(4, time(now));
            ps.setString(5, time(until));
            ps.executeUpdate();
        }
    }

    /**
     * Others who took the session and let their claim run out without submitting give it up: their row
     * would otherwise make the session look double-labelled.
     */
    static void dropLapsedTakers(Connection c, String sessionId, String labeler, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM assignments WHERE session_id = ?"
                + " AND labeler <> ? AND how = '" + TAKEN + "' AND submitted_at IS NULL"
                + " AND (claimed_until IS NULL OR claimed_until <= ?)")) {
            ps.setString(1, sessionId);
            ps.setString(2, labeler);
            ps.setString(3, time(now));
            ps.executeUpdate();
        }
    }

    /** @return true when the labeler held a claim on the session (live or lapsed) and it now runs to {@code until} */
    static boolean renew(Connection c, String sessionId, String labeler, Instant until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE assignments SET claimed_until = ?"
                + " WHERE session_id = ? AND labeler = ? AND claimed_until IS NOT NULL AND submitted_at IS NULL")) {
            ps.setString(1, time(until));
            ps.setString(2, sessionId);
            ps.setString(3, labeler);
            return ps.executeUpdate() > 0;
        }
    }

    private static List<Assignment> query(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            List<Assignment> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs));
                }
            }
            return found;
        }
    }

    private static Assignment read(ResultSet rs) throws SQLException {
        try {
            return new Assignment(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
                    instant(rs.getString(5)), instant(rs.getString(6)), TAKEN.equals(rs.getString(7)));
        } catch (RuntimeException e) {
            throw new DamagedDataException("an assignment row does not parse", e);
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
