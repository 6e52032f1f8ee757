package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Appends to the {@code audit} table; shared by the workspace and by migrations that leave a trace. */
final class AuditRows {
    private AuditRows() {
    }

    static void insert(Connection c, Instant at, String actor, String action, String sessionId, String detail)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit (at, actor, action, session_id, detail) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, at.toString());
            ps.setString(2, actor);
            ps.setString(3, action);
            if (sessionId == null) {
                ps.setNull(4, Types.VARCHAR);
            } else {
                ps.setString(4, sessionId);
            }
            if (detail == null) {
                ps.setNull(5, Types.VARCHAR);
            } else {
                ps.setString(5, detail);
            }
            ps.executeUpdate();
        }
    }
}
