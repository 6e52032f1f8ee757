package org.trailmark.io;

import java.nio.file.Path;

/**
 * Something wrong with an input, located to file and line (0 when the problem is not on one
 * line, e.g. an unreadable gzip trailer). In a database input (a recorder's SQLite file) the
 * place is a table and a row id instead: {@code table} names the table and {@code line} is the
 * row id. The reason is plain words for a person and must never contain typed text or other
 * captured content.
 */
public record Problem(Path file, long line, Severity severity, String reason, String table) {

    /** A problem in a line-oriented file (or in no particular line: {@code line} 0). */
    public Problem(Path file, long line, Severity severity, String reason) {
        this(file, line, severity, reason, null);
    }

    public enum Severity {
        /** Part of the input was skipped or repaired; the rest was kept. */
        WARNING,
        /** Nothing of that input could be imported. */
        ERROR,
        /**
         * Something the input holds that Trailmark does not use (a recorder's extra file, a sound
         * track): said so that nobody believes it was kept; nothing Trailmark reads was lost.
         */
        NOTE
    }

    public static Problem warning(Path file, long line, String reason) {
        return new Problem(file, line, Severity.WARNING, reason);
    }

    public static Problem error(Path file, long line, String reason) {
        return new Problem(file, line, Severity.ERROR, reason);
    }

    /** A problem in one row of a database input's table (row 0: the table as a whole). */
    public static Problem inRow(Path file, String table, long rowId, Severity severity, String reason) {
        return new Problem(file, rowId, severity, reason, table);
    }

    public static Problem note(Path file, String reason) {
        return new Problem(file, 0, Severity.NOTE, reason);
    }

    public boolean isNote() {
        return severity == Severity.NOTE;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Where the problem is: {@code file:line}, {@code file:table:row}, {@code file:table} or {@code file}. */
    public String place() {
        String where = file == null ? "" : file.toString();
        if (table != null) {
            where = where.isEmpty() ? table : where + ":" + table;
        }
        return line > 0 ? where + ":" + line : where;
    }

    /** {@code file:line: reason}, the form compilers use, so editors and terminals can jump to it. */
    @Override
    public String toString() {
        return place() + ": " + severity.name().toLowerCase() + ": " + reason;
    }
}
