package org.trailmark.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work in one transaction: commit on success, roll back on any failure.
 *
 * <p>Uses explicit BEGIN IMMEDIATE / COMMIT / ROLLBACK with the JDBC connection left in
 * auto-commit mode. The driver's own {@code setAutoCommit(false)} records "in a transaction"
 * even when its BEGIN fails (say, another program holds the lock); the next call then ran its
 * statements one by one outside any transaction, which would break the all-or-nothing import.
 * IMMEDIATE takes the write lock up front, so a busy file fails before anything is written.
 */
final class Transactions {
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    private Transactions() {
    }

    static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        return inTransaction(connection, SqlDialect.SQLITE, work);
    }

    static <T> T inTransaction(Connection connection, SqlDialect dialect, SqlWork<T> work) throws SQLException {
        execute(connection, dialect.begin());
        try {
            T result = work.run();
            execute(connection, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                execute(connection, "ROLLBACK");
            } catch (SQLException rollbackFailed) {
                // SQLite has already rolled back on some errors (disk full, I/O); keep the first error.
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
