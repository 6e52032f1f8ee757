package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The one connection an open workspace has, shared by its repositories. Every database access holds
 * one lock, so callers on any thread see whole operations; writes run in one transaction each.
 * Other programs (SQLite) or other people (PostgreSQL) have their own connections.
 */
final class Database implements AutoCloseable {
    private final Connection connection;
    private final SqlDialect dialect;
    private final String where;
    private final boolean readOnly;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Consumer<String> accessWatcher = doing -> { };
    private boolean closed;

    /** @param where how messages name the workspace: its file, or its server and database (never a password) */
    Database(Connection connection, SqlDialect dialect, String where, boolean readOnly) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.where = Objects.requireNonNull(where, "where");
        this.readOnly = readOnly;
    }

    SqlDialect dialect() {
        return dialect;
    }

    String where() {
        return where;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    /** The connection; use it only inside {@link #read}, {@link #write} or {@link #locked}. */
    Connection connection() {
        return connection;
    }

    void watchAccess(Consumer<String> watcher) {
        accessWatcher = Objects.requireNonNull(watcher, "watcher");
    }

    /** Runs {@code work} under the lock; damaged rows become "workspace … is damaged (doing)". */
    <T> T read(String doing, Transactions.SqlWork<T> work) {
        return locked(doing, () -> {
            try {
                return work.run();
            } catch (DamagedDataException e) {
                throw new WorkspaceException("workspace " + where + " is damaged (" + doing + ")", e);
            }
        });
    }

    /** Runs {@code work} under the lock in one transaction: all of it commits, or none. */
    <T> T write(String doing, Transactions.SqlWork<T> work) {
        return locked(doing, () -> inTransaction(work));
    }

    /** Runs {@code work} under the lock, outside any transaction it does not open itself. */
    <T> T locked(String doing, Transactions.SqlWork<T> work) {
        accessWatcher.accept(doing);
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("workspace " + where + " is closed");
            }
            return work.run();
        } catch (SQLException e) {
            throw dialect.translate(e, where, doing);
        } finally {
            lock.unlock();
        }
    }

    /** One transaction; call with the lock held. */
    <T> T inTransaction(Transactions.SqlWork<T> work) throws SQLException {
        return Transactions.inTransaction(connection, dialect, work);
    }

    /** Call with the lock held. */
    boolean sessionExists(String sessionId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM sessions WHERE id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Call with the lock held, inside the write it records. */
    void audit(Instant at, String actor, String action, String sessionId, String detail) throws SQLException {
        AuditRows.insert(connection, at, actor, action, sessionId, detail);
    }

    WorkspaceException noSession(String sessionId) {
        return new WorkspaceException("no session " + sessionId + " in workspace " + where);
    }

    WorkspaceException damaged(String sessionId, Throwable cause) {
        return new WorkspaceException("session " + sessionId + " in workspace " + where + " is damaged", cause);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException e) {
            throw dialect.translate(e, where, "close workspace " + where);
        } finally {
            lock.unlock();
        }
    }
}
