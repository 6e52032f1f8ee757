package org.trailmark.io;

import java.nio.file.Path;

/**
 * Something wrong with an input, located to file and line (0 when the problem is not on one
 * line, e.g. an unreadable gzip trailer). The reason is plain words for a person and must never
 * contain typed text or other captured content.
 */
public record Problem(Path file, long line, Severity severity, String reason) {

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

    public static Problem note(Path file, String reason) {
        return new Problem(file, 0, Severity.NOTE, reason);
    }

    public boolean isNote() {
        return severity == Severity.NOTE;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: reason}, the form compilers use, so editors and terminals can jump to it. */
    @Override
    public String toString() {
        String where = file == null ? "" : file.toString();
        return (line > 0 ? where + ":" + line : where) + ": " + severity.name().toLowerCase() + ": " + reason;
    }
}
