package org.trailmark.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Who labels which session, written straight into the {@code assignments} table (schema step 9) for
 * tests of double labelling, through a connection of its own as another studio on the same file would.
 */
public final class AssignmentsFixture {
    private AssignmentsFixture() {
    }

    public static void assign(Path workspaceFile, String sessionId, String... labelers) {
        SqliteNativeLibrary.prepare();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspaceFile.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO assignments (session_id, labeler, assigned_by, assigned_at) VALUES (?, ?, 'fixture',"
                    + " '2026-12-01T09:00:00.000Z')")) {
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
