package org.trailmark.store;

import java.sql.SQLException;

/**
 * What differs between the two databases a workspace can live in, for the statements the repositories
 * share. Everything else is written once in SQL both accept (ON CONFLICT, generated keys, TEXT times).
 * See docs/decisions/0019-repositories-and-dialects.md.
 */
public enum SqlDialect {
    /** One file on one desktop; {@code BEGIN IMMEDIATE} takes the write lock before anything is written. */
    SQLITE("BEGIN IMMEDIATE", "PRAGMA defer_foreign_keys = ON"),
    /** A team server; foreign keys the streamed import fills out of order are declared DEFERRABLE. */
    POSTGRESQL("BEGIN", "SET CONSTRAINTS ALL DEFERRED");

    private final String begin;
    private final String deferForeignKeys;

    SqlDialect(String begin, String deferForeignKeys) {
        this.begin = begin;
        this.deferForeignKeys = deferForeignKeys;
    }

    /** The statement that opens a write transaction. */
    String begin() {
        return begin;
    }

    /** Inside a transaction: check foreign keys at commit, so children may be written before their parent. */
    String deferForeignKeys() {
        return deferForeignKeys;
    }

    /** One plain sentence about the workspace for a failure of this database; the driver's text stays the cause. */
    WorkspaceException translate(SQLException e, String where, String doing) {
        return this == SQLITE ? SqlErrors.translate(e, where, doing) : SqlErrors.translatePostgres(e, where, doing);
    }
}
