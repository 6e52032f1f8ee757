package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The version side of who labels which session: the {@code assignments} table of schema step 9
 * ({@code session_id}, {@code labeler}, …, {@code submitted_at}). A session with two or more rows there
 * is double-labelled. Call with the workspace lock held.
 */
final class AssignedLabelers {
    private static final String TABLE = "assignments";

    private AssignedLabelers() {
    }

    /** The session's labelers by name, with when each submitted. */
    static List<LabelerVersionState> of(Connection c, String sessionId) throws SQLException {
        List<LabelerVersionState> states = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT labeler, submitted_at FROM " + TABLE
                + " WHERE session_id = ? ORDER BY labeler")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String at = rs.getString("submitted_at");
                    try {
                        states.add(new LabelerVersionState(rs.getString("labeler"), at == null ? null : Instant.parse(at)));
                    } catch (RuntimeException e) {
                        throw new DamagedDataException("assignment of session " + sessionId + " does not parse", e);
                    }
                }
            }
        }
        return states;
    }

    /** Sessions with two or more labelers, by id. */
    static List<String> doubleLabelled(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT session_id FROM " + TABLE
                + " GROUP BY session_id HAVING count(*) >= 2 ORDER BY session_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Records the submission; false when the labeler is not assigned or had already submitted. */
    static boolean markSubmitted(Connection c, String sessionId, String labeler, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET submitted_at = ?"
                + " WHERE session_id = ? AND labeler = ? AND submitted_at IS NULL")) {
            ps.setString(1, AssignmentRows.time(at));
            ps.setString(2, sessionId);
            ps.setString(3, labeler);
            return ps.executeUpdate() == 1;
        }
    }
}
