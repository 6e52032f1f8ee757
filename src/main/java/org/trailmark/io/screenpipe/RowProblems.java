package org.trailmark.io.screenpipe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trailmark.io.Problem;

/**
 * The problems of one screenpipe database, placed {@code file:ui_events:<rowid>}. A damaged table
 * can have a problem on every row, so only the first {@value #ROWS_SHOWN} row warnings are listed
 * and the rest counted in one closing warning.
 */
final class RowProblems {
    static final int ROWS_SHOWN = 50;

    private final Path file;
    private final List<Problem> listed = new ArrayList<>();
    private int rowWarnings;

    RowProblems(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** A warning on one row; returns it, or null when it is only counted. */
    Problem row(long rowId, String reason) {
        rowWarnings++;
        if (rowWarnings > ROWS_SHOWN) {
            return null;
        }
        Problem p = Problem.inRow(file, ScreenpipeDatabase.TABLE, rowId, Problem.Severity.WARNING, reason);
        listed.add(p);
        return p;
    }

    /** A problem of the table as a whole. */
    Problem table(Problem.Severity severity, String reason) {
        Problem p = Problem.inRow(file, ScreenpipeDatabase.TABLE, 0, severity, reason);
        listed.add(p);
        return p;
    }

    /** A problem of the file as a whole. */
    Problem file(Problem.Severity severity, String reason) {
        Problem p = new Problem(file, 0, severity, reason);
        listed.add(p);
        return p;
    }

    /** Every problem, followed by a count of the row warnings left out. */
    List<Problem> all() {
        List<Problem> all = new ArrayList<>(listed);
        if (rowWarnings > ROWS_SHOWN) {
            all.add(Problem.inRow(file, ScreenpipeDatabase.TABLE, 0, Problem.Severity.WARNING,
                    (rowWarnings - ROWS_SHOWN) + " more rows with problems were skipped or repaired (not listed)"));
        }
        return all;
    }
}
