package org.trailmark.io.openadapt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.io.Problem;

/**
 * The problems of one recording of a database, each placed at {@code file:table:row}. A badly
 * damaged table can have a problem on every row, so per table only the first
 * {@value #ROW_WARNINGS_SHOWN} row warnings are kept and the rest are counted in one warning.
 */
final class RowProblems {
    static final int ROW_WARNINGS_SHOWN = 50;

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> rowWarnings = new LinkedHashMap<>();

    RowProblems(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void warn(String table, long row, String reason) {
        if (row > 0 && rowWarnings.merge(table, 1, Integer::sum) > ROW_WARNINGS_SHOWN) {
            return;
        }
        problems.add(Problem.inRow(file, table, row, Problem.Severity.WARNING, reason));
    }

    void note(String table, long row, String reason) {
        problems.add(Problem.inRow(file, table, row, Problem.Severity.NOTE, reason));
    }

    void error(String table, long row, String reason) {
        problems.add(Problem.inRow(file, table, row, Problem.Severity.ERROR, reason));
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem, followed by a count of the row warnings left out per table. */
    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        rowWarnings.forEach((table, count) -> {
            if (count > ROW_WARNINGS_SHOWN) {
                all.add(Problem.inRow(file, table, 0, Problem.Severity.WARNING, (count - ROW_WARNINGS_SHOWN)
                        + " more rows with problems were skipped (not listed)"));
            }
        });
        return all;
    }
}
