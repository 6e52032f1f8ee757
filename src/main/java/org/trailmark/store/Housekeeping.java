package org.trailmark.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The physical side of a backend that the shared repositories cannot express in portable SQL: making
 * sure deleted bytes are gone from disk, the schema version, a consistency check, the size on disk.
 * Call every method with the {@link Database} lock held.
 */
interface Housekeeping {
    /** Turns overwriting of freed space on or off for this connection; returns what it was. */
    boolean secureDelete(Connection c, boolean on) throws SQLException;

    /**
     * Rebuilds storage so that bytes of deleted rows are gone from the workspace's files.
     *
     * @return false when another program or person kept it from finishing
     */
    boolean wipeFreedPages(Connection c) throws SQLException;

    /** Moves everything from the write-ahead log into the main storage, where the backend allows it. */
    void checkpoint(Connection c) throws SQLException;

    /** The backend's own consistency check; "ok" when sound. */
    String integrityCheck(Connection c) throws SQLException;

    int schemaVersion(Connection c) throws SQLException;

    /** Bytes the workspace takes on disk now. */
    long storedBytes(Connection c) throws SQLException;

    /**
     * After rows were inserted with their ids given (a workspace copy), makes the next generated id
     * follow the largest one. SQLite does this by itself.
     */
    default void afterIdsGiven(Connection c, String table, String idColumn) throws SQLException {
    }
}
