package org.trailmark.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Turns SQLite failures into one plain sentence about the workspace. The driver's own message
 * is kept only as the cause (for --debug), never shown as the message.
 */
final class SqlErrors {
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_NOMEM = 7;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private SqlErrors() {
    }

    static WorkspaceException translate(SQLException e, Path file, String doing) {
        return translate(e, file.toString(), doing);
    }

    static WorkspaceException translate(SQLException e, String file, String doing) {
        int primary = e.getErrorCode() & 0xFF;
        String message = switch (primary) {
            case SQLITE_BUSY, SQLITE_LOCKED -> "workspace " + file + " is locked by another program";
            case SQLITE_FULL -> "cannot write workspace " + file + ": disk full";
            case SQLITE_READONLY, SQLITE_PERM -> "cannot write workspace " + file + ": it is read-only";
            case SQLITE_IOERR -> "cannot " + doing + ": input/output error on " + file;
            case SQLITE_CORRUPT -> "workspace " + file + " is damaged";
            case SQLITE_NOTADB -> "workspace " + file + " is not a Trailmark workspace";
            case SQLITE_CANTOPEN -> "cannot open workspace " + file;
            case SQLITE_NOMEM -> "cannot " + doing + ": out of memory";
            default -> "cannot " + doing + " (database error " + primary + ")";
        };
        return new WorkspaceException(message, e);
    }

    /**
     * The same for PostgreSQL, by SQLSTATE class: connection, privilege, serialization, disk. The server's
     * own text is kept as the cause only, since it can quote values.
     */
    static WorkspaceException translatePostgres(SQLException e, String where, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message;
        if (state.startsWith("08")) {
            message = "cannot " + doing + ": the connection to " + where + " failed";
        } else if (state.equals("42501")) {
            message = "cannot " + doing + ": your database role may not do that in " + where;
        } else if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            message = "cannot " + doing + ": another user was changing the same data in " + where + "; try again";
        } else if (state.equals("53100")) {
            message = "cannot " + doing + ": the server of " + where + " is out of disk space";
        } else if (state.equals("25006")) {
            message = "cannot write workspace " + where + ": it is read-only";
        } else if (state.startsWith("23")) {
            message = "cannot " + doing + ": " + where + " refused it as inconsistent (" + state + ")";
        } else {
            message = "cannot " + doing + " (database error " + state + ")";
        }
        return new WorkspaceException(message, e);
    }
}
