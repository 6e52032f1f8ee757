package org.trailmark.store.pg;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.trailmark.store.WorkspaceException;

/**
 * Turns PostgreSQL failures into one sentence naming server, database and user, with the server's
 * own reason (it never echoes a password; the driver's client-side text is scrubbed anyway).
 */
final class PostgresErrors {
    private static final String AUTHENTICATION = "28";
    private static final String CONNECTION = "08";
    private static final String NO_DATABASE = "3D000";
    private static final String NO_PRIVILEGE = "42501";

    private PostgresErrors() {
    }

    static WorkspaceException connectFailed(PostgresLocation where, SQLException e, boolean hadPassword,
                                            String password) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = reason(e, password);
        String message;
        if (state.startsWith(AUTHENTICATION)) {
            message = "PostgreSQL at " + where.host() + ":" + where.port() + " refused user " + where.user()
                    + " for database " + where.database() + ": " + reason
                    + (hadPassword ? "" : " (no password for it in PGPASSWORD or " + where.passwordFile() + ")");
        } else if (state.equals(NO_DATABASE)) {
            message = "there is no database " + where.database() + " on PostgreSQL at " + where.host() + ":"
                    + where.port() + " (create it first; see docs/team-server.md)";
        } else if (state.startsWith(CONNECTION)) {
            message = "cannot reach PostgreSQL at " + where.host() + ":" + where.port() + " (database "
                    + where.database() + ", user " + where.user() + "): " + reason;
        } else {
            message = "cannot connect to " + where.describe() + ": " + reason;
        }
        return new WorkspaceException(message, e);
    }

    /** A failure on an open connection, e.g. "cannot create the schema in postgresql://…: reason". */
    static WorkspaceException failed(PostgresLocation where, String doing, SQLException e) {
        String target = where == null ? "the team workspace" : where.describe();
        if (NO_PRIVILEGE.equals(e.getSQLState())) {
            return new WorkspaceException("cannot " + doing + " in " + target + ": the database refused it ("
                    + reason(e, null) + ")", e);
        }
        return new WorkspaceException("cannot " + doing + " in " + target + ": " + reason(e, null), e);
    }

    /** The server's primary message when there is one, else the driver's first line. */
    static String reason(SQLException e, String password) {
        String text = null;
        if (e instanceof PSQLException p) {
            ServerErrorMessage server = p.getServerErrorMessage();
            if (server != null) {
                text = server.getMessage();
            }
        }
        if (text == null) {
            text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline);
        }
        if (password != null && !password.isEmpty()) {
            text = text.replace(password, "***");
        }
        return text;
    }
}
