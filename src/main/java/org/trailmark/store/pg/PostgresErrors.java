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

    static TeamOpenException connectFailed(PostgresLocation where, SQLException e, boolean hadPassword,
                                           String password) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = reason(e, password);
        String message;
        TeamOpenException.Reason why;
        if (!hadPassword && asksForPassword(e)) {
            // the driver refuses to send an empty password; the server never got to say no
            why = TeamOpenException.Reason.AUTHENTICATION;
            message = "PostgreSQL at " + where.host() + ":" + where.port() + " asks user " + where.user()
                    + " for a password (database " + where.database() + "), and there is none for it in PGPASSWORD"
                    + " or " + where.passwordFile();
        } else if (state.startsWith(AUTHENTICATION)) {
            why = TeamOpenException.Reason.AUTHENTICATION;
            message = "PostgreSQL at " + where.host() + ":" + where.port() + " refused user " + where.user()
                    + " for database " + where.database() + ": " + reason
                    + (hadPassword ? "" : " (no password for it in PGPASSWORD or " + where.passwordFile() + ")");
        } else if (state.equals(NO_DATABASE)) {
            why = TeamOpenException.Reason.NO_DATABASE;
            message = "there is no database " + where.database() + " on PostgreSQL at " + where.host() + ":"
                    + where.port() + " (create it first; see docs/team-server.md)";
        } else if (state.equals(NO_PRIVILEGE)) {
            // CONNECT is granted to the workspace's group roles only: this login holds none of them
            why = TeamOpenException.Reason.NOT_A_MEMBER;
            message = "user " + where.user() + " is not a member of the workspace " + where.describe()
                    + " (the server says: " + reason + "); its owner adds members with trailmark workspace grant";
        } else if (state.startsWith(CONNECTION)) {
            why = TeamOpenException.Reason.UNREACHABLE;
            message = "cannot reach PostgreSQL at " + where.host() + ":" + where.port() + " (database "
                    + where.database() + ", user " + where.user() + "): " + reason;
        } else {
            why = TeamOpenException.Reason.OTHER;
            message = "cannot connect to " + where.describe() + ": " + reason;
        }
        return new TeamOpenException(why, message, e);
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

    private static boolean asksForPassword(SQLException e) {
        boolean fromServer = e instanceof PSQLException p && p.getServerErrorMessage() != null;
        return !fromServer && e.getMessage() != null && e.getMessage().contains("requested")
                && e.getMessage().contains("password");
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
