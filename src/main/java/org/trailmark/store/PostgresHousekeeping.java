package org.trailmark.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.trailmark.store.pg.PostgresSchema;

/**
 * PostgreSQL: erased rows leave dead tuples until VACUUM rewrites the tables, and the server's WAL and
 * backups keep older copies as long as its administrator retains them (docs/team-server.md). Trailmark
 * rewrites the tables that held the erased rows; what the server retains beyond that is the DBA's.
 */
final class PostgresHousekeeping implements Housekeeping {
    /** The tables an erasure deletes rows from (SessionErasure), rewritten afterwards. */
    private static final String[] CONTENT_TABLES = {"event_chunks", "session_strings", "tasks", "flags",
            "media", "media_segments", "media_stills", "media_content", "settings", "context_spans", "capture_hosts",
            "sessions"};

    @Override
    public boolean secureDelete(Connection c, boolean on) {
        return false; // no such switch: the rewrite in wipeFreedPages is what removes the bytes
    }

    @Override
    public boolean wipeFreedPages(Connection c) throws SQLException {
        for (String table : CONTENT_TABLES) {
            if (!exists(c, table)) {
                continue;
            }
            try (Statement s = c.createStatement()) {
                // FULL writes a new copy of the table without the dead tuples and drops the old file.
                s.execute("VACUUM (FULL) " + table);
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState()) || "40P01".equals(e.getSQLState())) {
                    return false; // someone else holds the table: the rows are gone, the rewrite waits
                }
                throw e;
            }
        }
        return true;
    }

    @Override
    public void checkpoint(Connection c) {
        // CHECKPOINT needs the pg_checkpoint role; the server checkpoints on its own schedule.
    }

    @Override
    public String integrityCheck(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sessions s"
                + " WHERE s.chunk_count <> (SELECT count(*) FROM event_chunks e WHERE e.session_id = s.id)")) {
            rs.next();
            long wrong = rs.getLong(1);
            return wrong == 0 ? "ok" : wrong + " sessions whose chunk count does not match their chunks";
        }
    }

    @Override
    public int schemaVersion(Connection c) throws SQLException {
        return PostgresSchema.version(c);
    }

    @Override
    public long storedBytes(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public void afterIdsGiven(Connection c, String table, String idColumn) throws SQLException {
        PostgresSchema.continueIdentities(c);
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }
}
