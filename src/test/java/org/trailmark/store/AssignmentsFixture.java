package org.trailmark.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Who labels which session, written the way issue 14's assignments (schema step 9) store it, for tests
 * of double labelling: one row per labeler in {@code assignments(session_id, labeler, submitted_at)}.
 * Uses its own connection to the workspace file, as another program would.
 */
public final class AssignmentsFixture {
    private AssignmentsFixture() {
    }

    public static void assign(Path workspaceFile, String sessionId, String... labelers) {
        SqliteNativeLibrary.prepare();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspaceFile.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("CREATE TABLE IF NOT EXISTS assignments ("
                    + " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                    + " labeler TEXT NOT NULL,"
                    + " assigned_at TEXT NOT NULL,"
                    + " submitted_at TEXT,"
                    + " PRIMARY KEY (session_id, labeler))");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO assignments (session_id, labeler, assigned_at) VALUES (?, ?, '2026-12-01T09:00:00Z')")) {
                for (String labeler : labelers) {
                    ps.setString(1, sessionId);
                    ps.setString(2, labeler);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
