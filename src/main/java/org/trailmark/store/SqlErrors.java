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
}
