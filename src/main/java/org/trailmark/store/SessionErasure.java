package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The rows of one session and how to make their bytes unrecoverable from the file. Call with the
 * workspace lock held; {@link #remove} inside a transaction, the pragmas outside one.
 */
final class SessionErasure {
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    /**
     * Settings a feature keeps for one session are keyed {@code session.<id>.<name>}, so that an
     * erasure finds them without knowing every feature.
     */
    static String settingPrefix(String sessionId) {
        return "session." + sessionId + ".";
    }

    /** What one or more removals took away; counts only, never content. */
    record Removed(long events, int tasks, int flags) {
        static final Removed NONE = new Removed(0, 0, 0);

        Removed plus(Removed other) {
            return new Removed(events + other.events, tasks + other.tasks, flags + other.flags);
        }

        /** The audit detail left behind: figures a curator can check, nothing the person did. */
        String tombstone() {
            return "erased: " + events + " events, " + tasks + " tasks, " + flags + " flags";
        }
    }

    private SessionErasure() {
    }

    /** Deletes every row of the session (the sessions row last); the session must exist. */
    static Removed remove(Connection c, String sessionId) throws SQLException {
        Removed removed = new Removed(
                count(c, "SELECT event_count FROM sessions WHERE id = ?", sessionId),
                (int) count(c, "SELECT count(*) FROM tasks WHERE session_id = ?", sessionId),
                (int) count(c, "SELECT count(*) FROM flags WHERE session_id = ?", sessionId));
        // Explicit deletes rather than relying on ON DELETE CASCADE: the file may have been opened
        // without foreign keys by another tool, and the erasure must not depend on it.
        for (String table : new String[] {"event_chunks", "session_strings", "tasks", "flags"}) {
            update(c, "DELETE FROM " + table + " WHERE session_id = ?", sessionId);
        }
        MediaRows.delete(c, sessionId);
        ContextRows.delete(c, sessionId);
        String prefix = settingPrefix(sessionId);
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM settings WHERE substr(key, 1, length(?)) = ?")) {
            ps.setString(1, prefix);
            ps.setString(2, prefix);
            ps.executeUpdate();
        }
        update(c, "DELETE FROM sessions WHERE id = ?", sessionId);
        return removed;
    }

    /** Sets PRAGMA secure_delete (freed pages are overwritten with zeros) and returns what it was. */
    static boolean secureDelete(Connection c, boolean on) throws SQLException {
        boolean was;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA secure_delete")) {
            was = rs.next() && rs.getInt(1) == 1;
        }
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA secure_delete = " + (on ? "ON" : "OFF"));
        }
        return was;
    }

    /**
     * Rebuilds the file without its free pages, then copies the write-ahead log into it and
     * truncates the log. In WAL mode VACUUM writes the rebuilt pages to the log first; only the
     * checkpoint puts them into the main file (and shortens it), and only TRUNCATE removes the
     * older frames that may still hold a copy of the erased pages.
     *
     * @return false when another program kept the rebuild or the checkpoint from finishing
     */
    static boolean wipeFreedPages(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM");
        } catch (SQLException e) {
            int primary = e.getErrorCode() & 0xFF;
            if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
                return false;
            }
            throw e;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            // Columns: busy (1 when it could not finish), frames in the log, frames checkpointed.
            return rs.next() && rs.getInt(1) == 0;
        }
    }

    private static long count(Connection c, String sql, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static void update(Connection c, String sql, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sessionId);
            ps.executeUpdate();
        }
    }
}
