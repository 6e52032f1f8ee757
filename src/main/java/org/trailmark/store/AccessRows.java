package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.SessionAccess;

/** The {@code session_access} table (schema step 12): append-only, one row per coalesced visit. */
final class AccessRows {
    /**
     * Kept after an erasure (no cascade): the person may still ask who looked before it. "IF NOT EXISTS":
     * a file whose version was set back by hand (tests do) may already hold the table.
     */
    static final List<String> MIGRATION = List.of(
            "CREATE TABLE IF NOT EXISTS session_access ("
                    + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " session_id TEXT NOT NULL,"
                    + " subject_id TEXT NOT NULL,"
                    + " user_name TEXT NOT NULL,"
                    + " role TEXT NOT NULL,"
                    + " purpose TEXT NOT NULL,"
                    + " action TEXT NOT NULL,"
                    + " first_at TEXT NOT NULL,"
                    + " last_at TEXT NOT NULL,"
                    + " count INTEGER NOT NULL CHECK (count > 0))",
            "CREATE INDEX IF NOT EXISTS session_access_by_subject ON session_access(subject_id, first_at)",
            "CREATE TRIGGER IF NOT EXISTS session_access_no_update BEFORE UPDATE ON session_access"
                    + " BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END",
            "CREATE TRIGGER IF NOT EXISTS session_access_no_delete BEFORE DELETE ON session_access"
                    + " BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END");

    private static final String COLUMNS = "session_id, subject_id, user_name, role, purpose, action, first_at, last_at,"
            + " count";

    private AccessRows() {
    }

    /** Writes one visit under the session's subject; a session that is gone writes nothing. */
    static void insert(Connection c, AccessRecorder.Visit v, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO session_access (" + COLUMNS + ")"
                + " SELECT id, subject_id, ?, ?, ?, ?, ?, ?, ? FROM sessions WHERE id = ?")) {
            ps.setString(1, v.key().user());
            ps.setString(2, role);
            ps.setString(3, v.key().purpose().wireName());
            ps.setString(4, v.key().action().wireName());
            ps.setString(5, v.first().toString());
            ps.setString(6, v.last().toString());
            ps.setLong(7, v.count());
            ps.setString(8, v.key().sessionId());
            ps.executeUpdate();
        }
    }

    static List<SessionAccess> where(Connection c, String column, String value) throws SQLException {
        List<SessionAccess> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM session_access WHERE " + column
                + " = ? ORDER BY first_at, id")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    private static SessionAccess row(ResultSet rs) throws SQLException {
        try {
            return new SessionAccess(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    AccessPurpose.ofWireName(rs.getString(5)).orElseThrow(() -> damaged("purpose")),
                    AccessAction.ofWireName(rs.getString(6)).orElseThrow(() -> damaged("action")),
                    Instant.parse(rs.getString(7)), Instant.parse(rs.getString(8)), rs.getLong(9));
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw new DamagedDataException("access row with an unreadable field", e);
        }
    }

    private static DamagedDataException damaged(String field) {
        return new DamagedDataException("access row with an unknown " + field);
    }
}
