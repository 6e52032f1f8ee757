package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code legal_holds} table (schema step 11); call with the workspace lock held. */
final class HoldRows {
    private static final String COLUMNS = "id, session_id, subject_id, reason, placed_by, placed_at, released_by,"
            + " released_at";

    private HoldRows() {
    }

    static long insert(Connection c, String sessionId, String subjectId, String reason, String actor, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO legal_holds (session_id, subject_id, reason,"
                + " placed_by, placed_at) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            SqlValues.setText(ps, 1, sessionId);
            SqlValues.setText(ps, 2, subjectId);
            ps.setString(3, reason);
            ps.setString(4, actor);
            ps.setString(5, at.toString());
            // RETURNING (SQLite 3.35+, PostgreSQL): lastval() would need a grant on the identity's sequence.
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Marks an open hold released; false when it was not open (or not visible). */
    static boolean release(Connection c, long id, String actor, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE legal_holds SET released_by = ?, released_at = ?"
                + " WHERE id = ? AND released_at IS NULL")) {
            ps.setString(1, actor);
            ps.setString(2, at.toString());
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        }
    }

    static Optional<LegalHold> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM legal_holds WHERE id = ?")) {
            ps.setLong(1, id);
            List<LegalHold> found = read(ps);
            return found.stream().findFirst();
        }
    }

    static List<LegalHold> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM legal_holds ORDER BY id")) {
            return read(ps);
        }
    }

    /** Open holds on the session or on the subject it belongs to, oldest first. */
    static List<LegalHold> openOn(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM legal_holds WHERE released_at IS NULL"
                + " AND (session_id = ? OR subject_id = (SELECT subject_id FROM sessions WHERE id = ?)) ORDER BY id")) {
            ps.setString(1, sessionId);
            ps.setString(2, sessionId);
            return read(ps);
        }
    }

    private static List<LegalHold> read(PreparedStatement ps) throws SQLException {
        List<LegalHold> holds = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String released = rs.getString("released_at");
                holds.add(new LegalHold(rs.getLong("id"), rs.getString("session_id"), rs.getString("subject_id"),
                        rs.getString("reason"), rs.getString("placed_by"), Instant.parse(rs.getString("placed_at")),
                        rs.getString("released_by"), released == null ? null : Instant.parse(released)));
            }
        }
        return holds;
    }
}
